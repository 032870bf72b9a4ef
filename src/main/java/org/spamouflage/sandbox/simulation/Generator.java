package org.spamouflage.sandbox.simulation;

import java.util.function.DoubleConsumer;
import org.spamouflage.sandbox.scenario.Scenario;

/**
 * The seeded generator: a pure function of (scenario, seed). Same inputs give identical output on
 * every machine: no clock, no unseeded randomness, no iteration over hash order.
 *
 * <p>It builds, in order: the invented politicians and their posts ({@link Politicians}); the
 * honest population with replies, slogans, superfans and news spikes ({@link OrganicBuilder});
 * unrelated background bots ({@link BackgroundBotBuilder}); authentic coordination, honest accounts
 * that act together in the open ({@link AdvocacyBuilder}, {@link NewsBuilder},
 * {@link FanRingBuilder}, {@link HashtagGameBuilder}); the campaign with its operators,
 * cells, account origins, templated comments, in-network likes and re-share bursts
 * ({@link CampaignBuilder}); honest likes and re-shares ({@link EngagementBuilder}); and finally ids, order and labels ({@link Assembler}). Each part
 * draws from its own random sub-streams, so changing one part's settings leaves the others'
 * random draws unchanged.
 *
 * <p>Posts earlier than {@link org.spamouflage.sandbox.dataset.DatasetInfo#start()} are account
 * history (honest users' older posts, hijacked accounts' legacy spam); everything else lies in the
 * observed period.
 */
public final class Generator {
    private Generator() {
    }

    public static Generated generate(Scenario scenario, long seed) {
        return generate(scenario, seed, p -> { });
    }

    /**
     * @param progress receives the fraction done in [0,1], for progress lines on large scenarios
     */
    public static Generated generate(Scenario scenario, long seed, DoubleConsumer progress) {
        World w = new World(scenario, seed);
        progress.accept(0.0);
        Politicians politicians = Politicians.build(scenario, w);
        w.posts.addAll(politicians.allPosts);
        progress.accept(0.05);
        OrganicBuilder organic = new OrganicBuilder(w, politicians);
        organic.build();
        progress.accept(0.4);
        new BackgroundBotBuilder(w).build();
        progress.accept(0.45);
        // Authentic coordination recruits from the honest population; the order decides who is
        // recruited first when two kinds want the same person (each account has one role).
        AdvocacyBuilder advocacy = new AdvocacyBuilder(w, politicians, organic);
        advocacy.build();
        new NewsBuilder(w, politicians).build();
        FanRingBuilder rings = new FanRingBuilder(w, politicians, organic);
        rings.build();
        new HashtagGameBuilder(w, organic).build();
        progress.accept(0.5);
        CampaignBuilder campaign = new CampaignBuilder(w, politicians);
        campaign.build();
        progress.accept(0.6);
        new EngagementBuilder(w, politicians, organic, campaign).build();
        rings.shares();
        advocacy.amplify();
        progress.accept(0.7);
        return Assembler.assemble(w, politicians, progress);
    }
}
