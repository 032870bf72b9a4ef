package org.spamouflage.sandbox.explore;

import org.spamouflage.sandbox.report.Fmt;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.detection.DetectionContext;

/**
 * What the data itself says about who is behind accounts, in words: how old they are, whether they
 * posted before the observed period, how many followers they have, whether they post in the
 * audience's daytime, whether one account writes both English and French, how closely together
 * they were created, and which site they link. These are the facts that tell an advocacy cluster
 * (old accounts with histories, in their own daytime, one language each, linking an
 * organisation's page) from a campaign cell (new accounts created together, operator shifts,
 * translated twins inside one account set). Computed from the dataset alone, never from labels,
 * so they may be shown to students before the truth is revealed.
 */
public final class AccountFacts {
    /** The audience's daytime: from this hour (inclusive) … */
    public static final int DAY_FROM = 7;
    /** … to this hour (exclusive), in the detection's reference time zone. */
    public static final int DAY_TO = 23;
    /** A site is named when at least this share of the members linked it. */
    static final double SITE_SHARE = 0.2;
    private static final double YEAR = 365.25 * 86_400;

    private AccountFacts() {
    }

    /**
     * The facts of a group of scored accounts.
     *
     * @param accounts       how many accounts
     * @param ageYears       median account age at the period's start, years (NaN when no creation date is known)
     * @param followers      median followers (NaN when unknown)
     * @param withHistory    share of the accounts that posted before the period
     * @param daytime        share of their posts in the period made in the audience's daytime
     * @param bothLanguages  share of the accounts that posted in both English and French
     * @param creationSpread days between the first and third quartile of creation dates (NaN when unknown)
     * @param site           the site most of them linked, or empty
     * @param siteShare      share of the accounts that linked it
     */
    public record Group(int accounts, double ageYears, double followers, double withHistory, double daytime,
                        double bothLanguages, double creationSpread, String site, double siteShare) {

        /** One line in words, each figure followed by {@code baseline}'s in brackets when given. */
        public String words(Group baseline, ZoneId zone) {
            StringBuilder b = new StringBuilder();
            b.append("median account age ").append(years(ageYears)).append(base(baseline, x -> years(x.ageYears)));
            b.append(" · median followers ").append(Double.isNaN(followers) ? "unknown" : Fmt.num(followers, 0))
                    .append(base(baseline, x -> Double.isNaN(x.followers) ? "unknown" : Fmt.num(x.followers, 0)));
            b.append(" · ").append(pct(withHistory)).append(" posted before this period")
                    .append(base(baseline, x -> pct(x.withHistory)));
            b.append(" · ").append(pct(daytime)).append(" of posts between ").append(hour(DAY_FROM)).append(" and ")
                    .append(hour(DAY_TO)).append(' ').append(zone.getId()).append(base(baseline, x -> pct(x.daytime)));
            b.append(" · ").append(pct(bothLanguages)).append(" write both English and French")
                    .append(base(baseline, x -> pct(x.bothLanguages)));
            b.append(" · the middle half created ").append(span(creationSpread)).append(" apart")
                    .append(base(baseline, x -> span(x.creationSpread)));
            if (!site.isEmpty()) {
                b.append(" · ").append(pct(siteShare)).append(" linked ").append(site);
            }
            return b.toString();
        }

        private static String base(Group baseline, java.util.function.Function<Group, String> f) {
            return baseline == null ? "" : " (all scored accounts: " + f.apply(baseline) + ")";
        }
    }

    /** The facts of the scored accounts {@code members} (indices into {@code ctx}). */
    public static Group of(DetectionContext ctx, int[] members, ZoneId zone) {
        long start = ctx.dataset().info().start();
        double[] ages = new double[members.length];
        double[] followers = new double[members.length];
        double[] created = new double[members.length];
        int known = 0;
        int knownFollowers = 0;
        int history = 0;
        int both = 0;
        long posts = 0;
        long day = 0;
        Map<String, Integer> sites = new TreeMap<>();
        for (int a : members) {
            Account acc = ctx.account(a);
            if (acc.hasCreatedAt()) {
                ages[known] = (start - acc.createdAt()) / YEAR;
                created[known++] = acc.createdAt();
            }
            if (acc.hasFollowers()) {
                followers[knownFollowers++] = acc.followers();
            }
            boolean before = false;
            boolean en = false;
            boolean fr = false;
            java.util.Set<String> mine = new java.util.TreeSet<>();
            for (int p : ctx.posts(a)) {
                Post post = ctx.post(p);
                if (post.time() < start) {
                    before = true;
                    continue;
                }
                posts++;
                day += daytime(post.time(), zone) ? 1 : 0;
                en |= "en".equals(post.lang());
                fr |= "fr".equals(post.lang());
                for (String link : post.links()) {
                    mine.add(site(link));
                }
            }
            history += before ? 1 : 0;
            both += en && fr ? 1 : 0;
            mine.forEach(s -> sites.merge(s, 1, Integer::sum));
        }
        String top = "";
        int topCount = 0;
        for (Map.Entry<String, Integer> e : sites.entrySet()) {
            if (e.getValue() > topCount && !e.getKey().isEmpty()) {
                top = e.getKey();
                topCount = e.getValue();
            }
        }
        int n = members.length;
        double siteShare = n == 0 ? 0 : topCount / (double) n;
        return new Group(n, median(ages, known), median(followers, knownFollowers), share(history, n),
                posts == 0 ? Double.NaN : day / (double) posts, share(both, n), iqr(created, known) / 86_400,
                siteShare >= SITE_SHARE ? top : "", siteShare);
    }

    /** Every scored account: the baseline a group is read against. */
    public static Group everyone(DetectionContext ctx, ZoneId zone) {
        int[] all = new int[ctx.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return of(ctx, all, zone);
    }

    /** One account's facts in a line: age, history, daytime share, languages, the sites it links. */
    public static String line(DetectionContext ctx, int account, ZoneId zone) {
        Account acc = ctx.account(account);
        long start = ctx.dataset().info().start();
        int before = 0;
        long firstBefore = Long.MAX_VALUE;
        int in = 0;
        int day = 0;
        Map<String, Integer> languages = new TreeMap<>();
        Map<String, Integer> sites = new TreeMap<>();
        for (int p : ctx.posts(account)) {
            Post post = ctx.post(p);
            if (post.time() < start) {
                before++;
                firstBefore = Math.min(firstBefore, post.time());
                continue;
            }
            in++;
            day += daytime(post.time(), zone) ? 1 : 0;
            languages.merge(post.lang().isEmpty() ? ExploreData.UNKNOWN_LANGUAGE : post.lang(), 1, Integer::sum);
            for (String link : post.links()) {
                sites.merge(site(link), 1, Integer::sum);
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(acc.hasCreatedAt() ? years((start - acc.createdAt()) / YEAR) + " old when the period starts"
                : "creation date unknown");
        b.append(" · ").append(before == 0 ? "no posts before this period"
                : before + (before == 1 ? " post" : " posts") + " before this period, the first in "
                + Instant.ofEpochSecond(firstBefore).atZone(zone).getYear());
        if (in > 0) {
            b.append(" · ").append(pct(day / (double) in)).append(" of its posts in the period between ")
                    .append(hour(DAY_FROM)).append(" and ").append(hour(DAY_TO)).append(' ').append(zone.getId());
            b.append(" · writes in ").append(String.join(", ", languages.keySet()));
        }
        if (!sites.isEmpty()) {
            List<String> shown = sites.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(3).map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
            b.append(" · links to ").append(String.join(", ", shown));
        }
        return b.toString();
    }

    static boolean daytime(long time, ZoneId zone) {
        int h = Instant.ofEpochSecond(time).atZone(zone).getHour();
        return h >= DAY_FROM && h < DAY_TO;
    }

    /** The host of a link ("https://a.example/x" gives "a.example"); the text itself when it has none. */
    static String site(String link) {
        String s = link;
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        }
        int end = s.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = s.indexOf(c);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        return s.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static double median(double[] v, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] s = Arrays.copyOf(v, n);
        Arrays.sort(s);
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** Interquartile range (nearest-rank quartiles). */
    private static double iqr(double[] v, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] s = Arrays.copyOf(v, n);
        Arrays.sort(s);
        return s[(3 * (n - 1)) / 4] - s[(n - 1) / 4];
    }

    private static double share(int k, int n) {
        return n == 0 ? Double.NaN : k / (double) n;
    }

    /** An age in words: days under two months, months under a year, else years with one decimal. */
    static String years(double y) {
        if (Double.isNaN(y)) {
            return "unknown";
        }
        double days = y * 365.25;
        return days < 60 ? Fmt.num(days, 0) + " days" : y < 1 ? Fmt.num(y * 12, 0) + " months" : Fmt.num(y, 1) + " years";
    }

    static String span(double days) {
        return Double.isNaN(days) ? "unknown" : years(days / 365.25);
    }

    static String pct(double share) {
        return Double.isNaN(share) ? "–" : Math.round(share * 100) + "%";
    }

    private static String hour(int h) {
        return String.format(Locale.ROOT, "%02d:00", h);
    }
}
