package org.spamouflage.sandbox.simulation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.simulation.Drafts.AccountDraft;
import org.spamouflage.sandbox.simulation.Drafts.LikeTable;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;

/**
 * Shared state of one generation run: the period, the provinces and their time zones, the
 * activity grids, and the growing lists of draft accounts, posts, likes and re-shares.
 */
final class World {
    /** Period dates are calendar days in Eastern time. */
    static final ZoneId EASTERN = ZoneId.of("America/Toronto");
    static final long DAY = 86_400L;
    static final double YEAR = 365.25 * DAY;

    final Scenario scenario;
    final long seed;
    final long start;
    final long end;
    final double[] provinceCumulative;
    private final double[] provinceWeights;
    private final IntensityGrid[] organicGrids;
    private final IntensityGrid[] politicianGrids;
    private final DailyCurve organicCurve;

    final List<AccountDraft> accounts = new ArrayList<>();
    final List<PostDraft> posts;
    final LikeTable likes;

    private int stamp;

    /**
     * The zone where most of the invented population lives (summing the provinces' weights per zone;
     * ties: the zone named first in province order). Declared in the dataset so that detection reads
     * local time in the audience's zone, as an investigator who knows the audience would.
     */
    String audienceTimeZone() {
        java.util.Map<String, Double> byZone = new java.util.LinkedHashMap<>();
        for (int i = 0; i < provinceWeights.length; i++) {
            byZone.merge(OtherTexts.PROVINCE_ZONES[i], provinceWeights[i], Double::sum);
        }
        String best = OtherTexts.PROVINCE_ZONES[OtherTexts.provinceIndex("ON")];
        double most = -1;
        for (var e : byZone.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** A fresh number for marking which accounts already liked the post being processed. */
    int nextStamp() {
        return ++stamp;
    }

    World(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.seed = seed;
        this.start = epochOf(scenario.period().start());
        long e = epochOf(scenario.period().end().plusDays(1));
        this.end = Math.max(e, start + DAY);
        provinceWeights = new double[OtherTexts.PROVINCE_CODES.length];
        double sum = 0;
        if (scenario.organic().provinces() != null) {
            for (var entry : scenario.organic().provinces().entrySet()) {
                int i = OtherTexts.provinceIndex(entry.getKey());
                if (i >= 0 && entry.getValue() != null && entry.getValue() > 0) {
                    provinceWeights[i] += entry.getValue();
                    sum += entry.getValue();
                }
            }
        }
        if (sum <= 0) {
            provinceWeights[OtherTexts.provinceIndex("ON")] = 1;
            sum = 1;
        }
        for (int i = 0; i < provinceWeights.length; i++) {
            provinceWeights[i] /= sum;
        }
        provinceCumulative = Rng.cumulative(provinceWeights);
        organicGrids = new IntensityGrid[provinceWeights.length];
        politicianGrids = new IntensityGrid[provinceWeights.length];
        organicCurve = DailyCurve.organic(scenario.organic().circadian());
        posts = new ArrayList<>(estimatePosts(scenario));
        likes = new LikeTable(estimateLikes(scenario));
    }

    static long epochOf(LocalDate date) {
        return date.atStartOfDay(EASTERN).toEpochSecond();
    }

    /** Start of 1 January of a year, UTC. */
    long yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    double days() {
        return (end - start) / (double) DAY;
    }

    AccountDraft newAccount(AccountClass cls) {
        AccountDraft a = new AccountDraft(accounts.size(), cls);
        accounts.add(a);
        return a;
    }

    int pickProvince(Rng rng) {
        return rng.pickCumulative(provinceCumulative);
    }

    double provinceShare(String code) {
        int i = OtherTexts.provinceIndex(code);
        return i < 0 ? 0 : provinceWeights[i];
    }

    IntensityGrid organicGrid(int province) {
        String zone = OtherTexts.PROVINCE_ZONES[province];
        IntensityGrid g = organicGrids[province];
        if (g == null) {
            // Provinces sharing a zone share one grid.
            for (int i = 0; i < organicGrids.length; i++) {
                if (organicGrids[i] != null && OtherTexts.PROVINCE_ZONES[i].equals(zone)) {
                    g = organicGrids[i];
                    break;
                }
            }
            if (g == null) {
                g = new IntensityGrid(ZoneId.of(zone), organicCurve, start, end);
            }
            organicGrids[province] = g;
        }
        return g;
    }

    IntensityGrid politicianGrid(int province) {
        IntensityGrid g = politicianGrids[province];
        if (g == null) {
            g = new IntensityGrid(ZoneId.of(OtherTexts.PROVINCE_ZONES[province]), DailyCurve.politician(), start, end);
            politicianGrids[province] = g;
        }
        return g;
    }

    /** A rough count of likes and shares, to size the list once. */
    static int estimateLikes(Scenario s) {
        double n = s.organic().accounts() * s.organic().postsPerAccount()
                * (Math.max(0, s.organic().likesPerPost()) + Math.max(0, s.organic().sharesPerPost()));
        if (s.campaign().enabled()) {
            n += s.campaign().accounts() * s.campaign().timing().postsPerAccount()
                    * (Math.max(0, s.campaign().engagement().inNetworkLikesPerPost())
                    + Math.max(0, s.campaign().engagement().organicEngagementRate())
                    + Math.max(0, s.campaign().engagement().inNetworkSharesPerPost()));
        }
        return (int) Math.min(20_000_000, Math.max(16, n * 1.15));
    }

    /** A rough count of posts, to size lists once. */
    static int estimatePosts(Scenario s) {
        double days = Math.max(1, s.period().end().toEpochDay() - s.period().start().toEpochDay() + 1);
        double n = s.organic().accounts() * (s.organic().postsPerAccount() + 1)
                + s.organic().superfans().count() * s.organic().superfans().postsPerDay() * days
                + s.backgroundBots().count() * s.backgroundBots().postsPerDay() * days
                + s.targets().politicians() * s.targets().postsPerDay() * days;
        if (s.campaign().enabled()) {
            n += s.campaign().accounts() * (s.campaign().timing().postsPerAccount()
                    + s.campaign().dormancy().legacyPostsPerAccount() + 1);
        }
        return (int) Math.min(20_000_000, Math.max(16, n * 1.1));
    }
}
