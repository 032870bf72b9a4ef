package org.spamouflage.sandbox.detection.network;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.util.List;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.detection.BackgroundTask;
import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.coaction.ActionTable;
import org.spamouflage.sandbox.detection.text.BilingualPairing;
import org.spamouflage.sandbox.detection.text.FamilyPairing;
import org.spamouflage.sandbox.detection.text.FamilyPairingSettings;
import org.spamouflage.sandbox.detection.text.CrossLanguageFamilies;
import org.spamouflage.sandbox.detection.text.DuplicateFamilies;
import org.spamouflage.sandbox.detection.text.NearDuplicateSettings;
import org.spamouflage.sandbox.detection.text.NearDuplicates;
import org.spamouflage.sandbox.detection.text.PairingSettings;
import org.spamouflage.sandbox.detection.text.TranslationPair;

/**
 * Near-duplicate text as a network layer. Posts are grouped into near-duplicate families (MinHash +
 * LSH over word bigrams, {@link NearDuplicates}); English and French families paired by their
 * anchors ({@link BilingualPairing}) and by shared authors (posting in the same bursts, or largely the same
 * accounts posting both)
 * ({@link FamilyPairing}, see {@link #pairFamilies}) are merged into one message. A
 * message posted by at least {@code minFamilyAccounts} accounts becomes an "object": two accounts
 * posting it within {@code duplicateWindowSeconds} co-act, exactly as two accounts commenting on one
 * post do, and the same significance test decides which pairs recur beyond chance.
 */
public final class TextLayer {
    private final DuplicateFamilies families;
    private final List<TranslationPair> pairs;
    private final List<FamilyPairing.FamilyPair> familyPairs;
    private final CrossLanguageFamilies cross;
    private final boolean[] variantPaired;
    private final String[] message;
    private final int[] messageAccounts;
    private final Layer layer;
    private final List<MessageBursts.Burst> bursts;

    /**
     * The parallel first half of the text layer (normalised texts and their MinHash signatures, {@link
     * NearDuplicates#sign}); the constructor does the sequential rest.
     */
    static NearDuplicates.Signed sign(DetectionContext ctx) {
        NearDuplicateSettings nd = NearDuplicateSettings.defaults().withThreshold(ctx.settings().similarityThreshold());
        return NearDuplicates.signPosts(ctx.dataset().posts(), nd);
    }

    TextLayer(DetectionContext ctx, NearDuplicates.Signed signed) {
        List<Post> posts = ctx.dataset().posts();
        this.families = signed.families();
        int[] author = new int[posts.size()];
        for (int p = 0; p < author.length; p++) {
            author[p] = accountKey(ctx, p);
        }
        this.familyPairs = pairFamilies(ctx, families, author, ctx.settings().minFamilyAccounts());
        List<TranslationPair> reps = new java.util.ArrayList<>(familyPairs.size());
        for (FamilyPairing.FamilyPair fp : familyPairs) {
            reps.add(fp.pair());
        }
        this.pairs = List.copyOf(reps);
        // Messages are merged across languages by whole-family pairs only: an anchor variant's pair joins its
        // family's other messages too (single linkage), and chaining those would glue the templates of
        // several cells into one "message" (canada-2023 cluster purity 0.945 → 0.911, BENCHMARKS.md). A
        // family with a paired variant is still marked as posted in both languages.
        List<TranslationPair> wholePairs = new java.util.ArrayList<>();
        int n = posts.size();
        this.variantPaired = new boolean[families.families().size()];
        for (FamilyPairing.FamilyPair fp : familyPairs) {
            if (fp.variant()) {
                variantPaired[fp.firstFamily()] = true;
                variantPaired[fp.secondFamily()] = true;
            } else {
                wholePairs.add(fp.pair());
            }
        }
        this.cross = CrossLanguageFamilies.merge(families, wholePairs, 1);
        // Messages are numbered (cross-language families first, then near-duplicate families); each message's
        // key string is made once and shared by its posts.
        int crossCount = cross.families().size();
        int[] messageId = new int[n];
        String[] messageNames = new String[crossCount + families.families().size()];
        this.message = new String[n];
        for (int p = 0; p < n; p++) {
            int c = cross.familyOf(p);
            int d = families.familyOf(p);
            int id = c >= 0 ? c : (d >= 0 ? crossCount + d : -1);
            messageId[p] = id;
            if (id >= 0) {
                if (messageNames[id] == null) {
                    messageNames[id] = c >= 0 ? "msg:x" + c : "msg:d" + d;
                }
                message[p] = messageNames[id];
            }
        }
        // distinct accounts per message
        IntOpenHashSet[] accounts = new IntOpenHashSet[messageNames.length];
        for (int p = 0; p < n; p++) {
            int id = messageId[p];
            if (id >= 0) {
                if (accounts[id] == null) {
                    accounts[id] = new IntOpenHashSet();
                }
                accounts[id].add(author[p]);
            }
        }
        this.messageAccounts = new int[n];
        ActionTable.Builder b = ActionTable.builder();
        int min = ctx.settings().minFamilyAccounts();
        for (int p = 0; p < n; p++) {
            if (messageId[p] >= 0) {
                messageAccounts[p] = accounts[messageId[p]].size();
                if (messageAccounts[p] >= min) {
                    b.add(message[p], posts.get(p).accountId(), ctx.time(p), p);
                }
            }
        }
        // The burst test (a scan per copied message) runs on a thread of its own while this one runs the layer's
        // pair and account-level tests: the layer asks for the bursts only after those. This is the text layer's
        // tail, when the other core has nothing else to do (ten million posts: from the numbered messages to the
        // finished layer 29.3 s → 27.1 s). The results are those of one after the other.
        BackgroundTask<List<MessageBursts.Burst>> burstTask = BackgroundTask.start("bursts",
                () -> bursts(ctx, posts, families, author, min, messageId, messageNames));
        // the account-level test asks what share of an account's posts (with text) are copies posted
        // within the window of another account's copy, not what share of its copies are
        boolean[] withText = new boolean[n];
        for (int p = 0; p < n; p++) {
            withText[p] = !posts.get(p).text().isBlank();
        }
        this.layer = new Layer("duplicate-text", ctx.settings().duplicateWindowSeconds(), b.build(), ctx,
                () -> evidence(burstTask.join(), n), withText);
        this.bursts = burstTask.join();
    }

    /** The posts in bursts and the links between each burst's accounts, in time order. */
    private static Layer.Bursts evidence(List<MessageBursts.Burst> bursts, int posts) {
        boolean[] burstPosts = new boolean[posts];
        List<Layer.BurstLink> links = new java.util.ArrayList<>();
        for (MessageBursts.Burst burst : bursts) {
            for (int p : burst.posts()) {
                burstPosts[p] = true;
            }
            int prev = -1;
            for (int a : burst.accounts()) {
                if (a < 0) {
                    continue;
                }
                if (prev >= 0) {
                    links.add(new Layer.BurstLink(prev, a, burst.pValue()));
                }
                prev = a;
            }
        }
        return new Layer.Bursts(burstPosts, links);
    }

    /**
     * Pairs English and French families (not single posts) with {@link FamilyPairing}: each family posted by
     * at least {@code minAccounts} accounts is represented by its representative text and its main language,
     * and by its anchor variants (other messages single linkage merged into it, each posted by at least
     * {@code minAccounts} accounts); anchors propose candidate pairs and the families' authors and timing decide (shared accounts posting in
     * the same bursts). Restricting pairing to copied messages keeps honest one-off posts that happen to share
     * a place name or a number out of it, and keeps the cost proportional to the number of families.
     */
    static List<FamilyPairing.FamilyPair> pairFamilies(DetectionContext ctx, DuplicateFamilies families,
                                                       int[] author, int minAccounts) {
        List<Post> posts = ctx.dataset().posts();
        int n = posts.size();
        long[] time = new long[n];
        List<String> text = new java.util.ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            text.add(posts.get(p).text());
            time[p] = posts.get(p).time();
        }
        return FamilyPairing.pair(families, text, author, time, minAccounts, PairingSettings.defaults(),
                FamilyPairingSettings.defaults());
    }

    /** Scan test per copied message (see {@link MessageBursts}); short exact-only families are not tested. */
    private List<MessageBursts.Burst> bursts(DetectionContext ctx, List<Post> posts, DuplicateFamilies families,
                                             int[] account, int min, int[] messageId, String[] messageNames) {
        int n = posts.size();
        long[] times = new long[n];
        IntArrayList[] byMessage = new IntArrayList[messageNames.length];
        IntArrayList tested = new IntArrayList();
        for (int p = 0; p < n; p++) {
            times[p] = ctx.time(p);
            int d = families.familyOf(p);
            boolean testable = d >= 0 && !families.family(d).exactOnly();
            int id = messageId[p];
            if (id >= 0 && testable && messageAccounts[p] >= min) {
                if (byMessage[id] == null) {
                    byMessage[id] = new IntArrayList();
                    tested.add(id);
                }
                byMessage[id].add(p);
            }
        }
        // in the order of the messages' keys (as a map sorted by key would give them)
        int[] order = tested.toIntArray();
        IntArrays.quickSort(order, (x, y) -> messageNames[x].compareTo(messageNames[y]));
        List<int[]> groups = new java.util.ArrayList<>();
        for (int id : order) {
            int[] ps = byMessage[id].toIntArray();
            IntArrays.quickSort(ps, (x, y) -> {
                int c = Long.compare(times[x], times[y]);
                return c != 0 ? c : Integer.compare(x, y);
            });
            groups.add(ps);
        }
        return MessageBursts.find(groups, times, account, ctx.settings().duplicateWindowSeconds(),
                ctx.settings().significanceLevel());
    }

    /** Significant bursts of copied messages. */
    List<MessageBursts.Burst> bursts() {
        return bursts;
    }

    /** The author's context index, or for an author who is not scored (a target) a negative key of its id. */
    private static int accountKey(DetectionContext ctx, int post) {
        int i = ctx.authorOf(post);
        return i >= 0 ? i : -1 - Math.floorMod(ctx.post(post).accountId().hashCode(), 1 << 30);
    }

    public Layer layer() {
        return layer;
    }

    public DuplicateFamilies families() {
        return families;
    }

    public List<TranslationPair> pairs() {
        return pairs;
    }

    /** The English–French family pairs with the evidence that kept them, sorted by family ids. */
    public List<FamilyPairing.FamilyPair> familyPairs() {
        return familyPairs;
    }

    public CrossLanguageFamilies crossLanguage() {
        return cross;
    }

    /** The message key of a post (a near-duplicate or cross-language family), or null. */
    public String message(int postIndex) {
        return message[postIndex];
    }

    /** Distinct accounts that posted the post's message (0 when the post has none). */
    public int messageAccounts(int postIndex) {
        return messageAccounts[postIndex];
    }

    /**
     * True when the post belongs to a family merged across languages, or to a family one of whose anchor
     * variants was paired with a family of the other language.
     */
    public boolean crossLanguage(int postIndex) {
        if (cross.familyOf(postIndex) >= 0) {
            return true;
        }
        int d = families.familyOf(postIndex);
        return d >= 0 && variantPaired[d];
    }
}
