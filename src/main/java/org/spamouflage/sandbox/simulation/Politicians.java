package org.spamouflage.sandbox.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.simulation.Drafts.AccountDraft;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;

/**
 * The invented politicians whose comment sections draw replies: a prime minister, an opposition
 * leader, ministers and MPs of the scenario's invented parties, with their own posts in English
 * and French. Who gets how many comments follows {@code primeMinisterShare}; the rest is split by
 * prominence (leader 4, minister 2, MP 1).
 */
final class Politicians {
    static final String PM = "prime-minister";
    static final String LEADER = "opposition-leader";
    static final String MINISTER = "minister";
    static final String MP = "mp";

    final AccountDraft[] accounts;
    final String[] names;
    final String[] roles;
    final int[] party;
    final int[] province;
    final List<String> parties;
    final double[] commentCumulative;
    final PostDraft[][] posts;
    final long[][] times;
    final List<PostDraft> allPosts;

    private Politicians(AccountDraft[] accounts, String[] names, String[] roles, int[] party, int[] province,
                        List<String> parties, double[] commentCumulative, PostDraft[][] posts,
                        List<PostDraft> allPosts) {
        this.accounts = accounts;
        this.names = names;
        this.roles = roles;
        this.party = party;
        this.province = province;
        this.parties = parties;
        this.commentCumulative = commentCumulative;
        this.posts = posts;
        this.allPosts = allPosts;
        this.times = new long[posts.length][];
        for (int i = 0; i < posts.length; i++) {
            times[i] = new long[posts[i].length];
            for (int j = 0; j < posts[i].length; j++) {
                times[i][j] = posts[i][j].time;
            }
        }
    }

    int size() {
        return accounts.length;
    }

    String partyName(int i) {
        return parties.isEmpty() ? "" : parties.get(party[i]);
    }

    /** The politician index of an author of a target post. */
    int indexOf(AccountDraft author) {
        // Politicians are the first accounts created, so their account index is their index here.
        if (author.index < accounts.length && accounts[author.index] == author) {
            return author.index;
        }
        for (int i = 0; i < accounts.length; i++) {
            if (accounts[i] == author) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a politician: " + author.handle);
    }

    /** A politician drawn by share of comments. */
    int pickForComment(Rng rng) {
        return rng.pickCumulative(commentCumulative);
    }

    /** Index of the politician's last post strictly before {@code t}, or -1. */
    int lastBefore(int politician, long t) {
        long[] ts = times[politician];
        int i = Arrays.binarySearch(ts, t);
        int ins = i >= 0 ? i : -i - 1;
        // step back over posts at exactly t
        while (ins > 0 && ts[ins - 1] >= t) {
            ins--;
        }
        return ins - 1;
    }

    /** Builds the politicians and their posts. */
    static Politicians build(Scenario s, World w) {
        Scenario.Targets t = s.targets();
        int n = Math.max(1, t.politicians());
        List<String> parties = t.parties() == null || t.parties().isEmpty() ? List.of("Independent") : t.parties();
        Rng names = Rng.derive(w.seed, "politician-names", 0);
        int[] surnameOrder = new int[Names.LAST_POLITICIAN.length];
        for (int i = 0; i < surnameOrder.length; i++) {
            surnameOrder[i] = i;
        }
        names.shuffle(surnameOrder);

        AccountDraft[] accounts = new AccountDraft[n];
        String[] fullNames = new String[n];
        String[] roles = new String[n];
        int[] party = new int[n];
        int[] province = new int[n];
        double[] commentWeight = new double[n];
        double[] postWeight = new double[n];
        int ministers = n >= 4 ? Math.max(1, (int) Math.round(0.2 * n)) : 0;
        double pmShare = Math.max(0, Math.min(1, t.primeMinisterShare()));
        double otherWeightSum = 0;
        for (int i = 0; i < n; i++) {
            Rng r = Rng.derive(w.seed, "politician", i);
            String role;
            if (i == 0) {
                role = PM;
                party[i] = 0;
            } else if (i == 1 && parties.size() > 1) {
                role = LEADER;
                party[i] = 1;
            } else if (i < 2 + ministers) {
                role = MINISTER;
                party[i] = 0;
            } else {
                role = MP;
                party[i] = i % parties.size();
            }
            roles[i] = role;
            province[i] = w.pickProvince(r);
            boolean francophone = OtherTexts.PROVINCE_CODES[province[i]].equals("QC") ? r.chance(0.8) : r.chance(0.08);
            String first = francophone ? r.pick(Names.FIRST_FR) : (r.chance(0.8) ? r.pick(Names.FIRST_EN) : r.pick(Names.FIRST_OTHER));
            String last = Names.LAST_POLITICIAN[surnameOrder[i % surnameOrder.length]];
            if (i >= surnameOrder.length) {
                last = last + "-" + Names.LAST_POLITICIAN[surnameOrder[(i / surnameOrder.length + i) % surnameOrder.length]];
            }
            fullNames[i] = first + " " + last;
            commentWeight[i] = switch (role) {
                case LEADER -> 4;
                case MINISTER -> 2;
                default -> 1;
            };
            postWeight[i] = switch (role) {
                case PM -> 3;
                case LEADER -> 2.5;
                case MINISTER -> 1.5;
                default -> 0.8;
            };
            if (i > 0) {
                otherWeightSum += commentWeight[i];
            }

            AccountDraft a = w.newAccount(AccountClass.ORGANIC);
            String handleBase = TextTools.asciiHandle(first + last);
            a.handle = role.equals(PM) ? "PM" + handleBase : handleBase + (r.chance(0.5) ? "MP" : "");
            a.displayName = fullNames[i];
            a.createdAt = w.yearStart(2009 + r.nextInt(8)) + (long) (r.nextDouble() * 365 * 86_400L);
            double medianFollowers = switch (role) {
                case PM -> 900_000;
                case LEADER -> 300_000;
                case MINISTER -> 40_000;
                default -> 8_000;
            };
            a.followers = (int) Math.min(Integer.MAX_VALUE - 1, r.logNormal(medianFollowers, 0.5));
            a.following = 200 + r.nextInt(1800);
            String partyName = parties.get(party[i]);
            String provinceName = OtherTexts.PROVINCE_NAMES[0][province[i]];
            a.bio = switch (role) {
                case PM -> "Prime Minister of Canada. Leader of the " + partyName + ".";
                case LEADER -> "Leader of the Official Opposition. " + partyName + ".";
                case MINISTER -> "Minister and Member of Parliament, " + provinceName + ". " + partyName + ".";
                default -> "Member of Parliament for a riding in " + provinceName + ". " + partyName + ".";
            };
            a.avatar = "photo";
            a.client = OtherTexts.POLITICIAN_CLIENT;
            a.activity = 0;
            accounts[i] = a;
        }
        double[] shares = new double[n];
        for (int i = 0; i < n; i++) {
            shares[i] = n == 1 ? 1 : (i == 0 ? pmShare : (1 - pmShare) * commentWeight[i] / otherWeightSum);
        }
        double[] cumulative = Rng.cumulative(shares);

        // Posts: rate by prominence, normalised to the scenario's mean per politician.
        double meanWeight = 0;
        for (double x : postWeight) {
            meanWeight += x / n;
        }
        double qcShare = w.provinceShare("QC");
        double frOther = Math.max(0.0, Math.min(0.9, (t.frenchPostShare() - qcShare * 0.7) / Math.max(1e-9, 1 - qcShare)));
        PostDraft[][] posts = new PostDraft[n][];
        List<PostDraft> all = new ArrayList<>();
        Fill fill = new Fill();
        StringBuilder sb = new StringBuilder(160);
        for (int i = 0; i < n; i++) {
            Rng r = Rng.derive(w.seed, "politician-posts", i);
            fill.rng = r;
            fill.province = province[i];
            fill.party = parties.get(party[i]);
            double french = OtherTexts.PROVINCE_CODES[province[i]].equals("QC") ? 0.7 : frOther;
            if (t.frenchPostShare() <= 0) {
                french = 0;
            }
            int count = r.poisson(Math.max(0, t.postsPerDay()) * postWeight[i] / meanWeight * w.days());
            IntensityGrid grid = w.politicianGrid(province[i]);
            PostDraft[] mine = new PostDraft[count];
            for (int k = 0; k < count; k++) {
                int lang = r.chance(french) ? 1 : 0;
                fill.lang = lang;
                fill.city = null;
                sb.setLength(0);
                // A topic of the day; honest replies often answer it in its own terms.
                int topic = r.pickCumulative(OrganicTexts.POLITICIAN_TOPIC_CUMULATIVE);
                r.pick(OrganicTexts.ANNOUNCE_P[lang][topic]).render(sb, fill, r, 0);
                if (r.chance(0.55)) {
                    // Staff rarely stop at one sentence: thanks, "more to come", an invitation.
                    sb.append(' ');
                    r.pick(OrganicTexts.POLITICIAN_EXTRA_P[lang]).render(sb, fill, r, 0);
                }
                if (r.chance(0.15)) {
                    sb.append(' ');
                    r.pick(OtherTexts.POLITICIAN_TAILS_P[lang]).render(sb, fill, r, 0);
                }
                TextTools.tidy(sb);
                PostDraft d = new PostDraft(accounts[i], grid.sample(r));
                d.topic = topic;
                List<String> tags = List.of();
                if (r.chance(0.12)) {
                    tags = TextTools.oneTag(lang == 1 ? "polcan" : "cdnpoli");
                    sb.append(" #").append(tags.get(0));
                }
                d.hashtags = tags;
                d.lang = lang == 1 ? "fr" : "en";
                d.text = sb.toString();
                d.source = OtherTexts.POLITICIAN_CLIENT;
                d.kind = "target";
                mine[k] = d;
            }
            Arrays.sort(mine, Comparator.comparingLong((PostDraft d) -> d.time));
            posts[i] = mine;
            all.addAll(Arrays.asList(mine));
        }
        return new Politicians(accounts, fullNames, roles, party, province, parties, cumulative, posts, all);
    }
}
