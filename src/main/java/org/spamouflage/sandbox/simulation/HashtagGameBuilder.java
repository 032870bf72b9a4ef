package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.AccountRole;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.simulation.AuthenticTexts.Game;
import org.spamouflage.sandbox.simulation.Drafts.AccountDraft;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;

/**
 * Hashtag games and trending days: on an evening, many strangers post jokes under one tag within
 * the same hours (realism.md, "Authentic coordination": "many strangers post the same tag in the
 * same hour"; the real IRA HashtagGamer window, #ISISaMovie, is a game played by a troll group,
 * which is exactly why a game by honest users must not be enough to flag anyone).
 *
 * <p>Each game is played in English or French (French with the population's share of French
 * posts) on its day from {@code startHour} (Eastern) for {@code durationHours}, entries
 * front-loaded (attention rises at once and fades, as in news spikes). {@code players} users who
 * write the game's language join, drawn by activity with a floor; each posts
 * {@code entriesPerPlayer} entries on average (at least one), each its own joke: entries are
 * drawn from the game's bank with their inline choices, so two players rarely post the same
 * words. Entries draw likes and re-shares like any honest post.
 */
final class HashtagGameBuilder {
    /** Entries crowd the start of the game: times are start + duration × U^this. */
    static final double FRONT_LOAD = 1.6;

    private final World w;
    private final OrganicBuilder organic;
    private final Scenario.HashtagGames g;
    private final Fill fill = new Fill();
    private final StringBuilder sb = new StringBuilder(160);

    HashtagGameBuilder(World w, OrganicBuilder organic) {
        this.w = w;
        this.organic = organic;
        this.g = w.scenario.authentic().hashtagGames();
    }

    void build() {
        if (g.games() <= 0 || organic.members.isEmpty()) {
            return;
        }
        long[] days = Recruits.days(w, g.games(), g.dates(), Rng.derive(w.seed, "game-days", 0));
        double french = Recruits.frenchPostShare(w.scenario.organic());
        List<List<Game>> byLanguage = List.of(new ArrayList<>(), new ArrayList<>());
        for (Game game : AuthenticTexts.GAMES) {
            byLanguage.get(game.lang()).add(game);
        }
        Rng kinds = Rng.derive(w.seed, "game-kinds", 0);
        int[] next = {kinds.nextInt(byLanguage.get(0).size()), kinds.nextInt(byLanguage.get(1).size())};
        var byActivity = Recruits.byActivity(organic);
        for (int k = 0; k < days.length; k++) {
            int lang = kinds.chance(french) ? 1 : 0;
            List<Game> games = byLanguage.get(lang);
            Game game = games.get(next[lang]++ % games.size());
            int[] players = Recruits.draw(organic, g.players(), Rng.derive(w.seed, "game-players", k),
                    AccountRole.HASHTAG_GAME, i -> lang == 1 ? organic.frenchShare(i) > 0 : organic.frenchShare(i) < 1,
                    byActivity);
            play(k, days[k], game, players);
        }
    }

    private void play(int k, long day, Game game, int[] players) {
        Rng r = Rng.derive(w.seed, "hashtag-game", k);
        long start = day + (long) g.startHour() * 3600;
        long length = (long) (Math.max(0.25, g.durationHours()) * 3600);
        Phrase[] entries = AuthenticTexts.entries(game);
        List<String> tag = TextTools.oneTag(game.tag());
        for (int p : players) {
            AccountDraft a = organic.members.get(p);
            Voice voice = organic.voice(p);
            int count = 1 + r.poisson(Math.max(0, g.entriesPerPlayer() - 1));
            for (int e = 0; e < count; e++) {
                long t = start + (long) (length * StrictMath.pow(r.nextDouble(), FRONT_LOAD));
                if (t < w.start || t >= w.end || t <= a.createdAt) {
                    continue;
                }
                fill.rng = r;
                fill.lang = game.lang();
                fill.province = organic.province(p);
                fill.city = organic.city(p);
                sb.setLength(0);
                r.pick(entries).render(sb, fill, r, 0, voice.casual(), 0);
                TextTools.tidy(sb);
                if (r.chance(voice.lower())) {
                    TextTools.lowerCaseAll(sb);
                }
                if (r.chance(voice.emoji())) {
                    sb.append(' ').append(r.pick(OrganicTexts.EMOJI));
                }
                sb.append(" #").append(game.tag());
                PostDraft d = new PostDraft(a, t);
                d.text = sb.toString();
                d.hashtags = tag;
                d.lang = game.lang() == 1 ? "fr" : "en";
                d.source = a.client;
                d.kind = "hashtag-game";
                w.posts.add(d);
            }
        }
    }
}
