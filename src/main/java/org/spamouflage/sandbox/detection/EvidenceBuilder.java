package org.spamouflage.sandbox.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.spamouflage.sandbox.detection.AccountEvidence.CoAction;
import org.spamouflage.sandbox.detection.AccountEvidence.CopiedMessage;
import org.spamouflage.sandbox.detection.coaction.ActionTable;
import org.spamouflage.sandbox.detection.coaction.CoActionEvidence;
import org.spamouflage.sandbox.detection.coaction.CoActionNetwork;
import org.spamouflage.sandbox.detection.network.CoordinationNetwork;
import org.spamouflage.sandbox.detection.network.Layer;
import org.spamouflage.sandbox.detection.network.TextLayer;

/** Builds the concrete evidence (co-actions, copied messages) for one account, on demand. */
final class EvidenceBuilder {
    /** Partners shown per layer, strongest first. */
    static final int PARTNERS = 5;
    /** Co-actions shown per partner. */
    static final int PAIRS = 3;

    private EvidenceBuilder() {
    }

    static List<CoAction> coActions(DetectionContext ctx, CoordinationNetwork network, int a) {
        List<CoAction> out = new ArrayList<>();
        String me = ctx.account(a).id();
        for (Layer layer : network.layers().values()) {
            ActionTable table = layer.table();
            int mine = table.indexOfAccount(me);
            if (mine < 0) {
                continue;
            }
            CoActionNetwork sig = layer.significant().network();
            List<int[]> partners = new ArrayList<>(); // {partner table index, objects}
            for (int e = 0; e < sig.edgeCount(); e++) {
                if (sig.accountA(e) == mine) {
                    partners.add(new int[] {sig.accountB(e), sig.objects(e)});
                } else if (sig.accountB(e) == mine) {
                    partners.add(new int[] {sig.accountA(e), sig.objects(e)});
                }
            }
            for (Layer.BurstLink link : layer.burstLinks()) {
                int other = link.a() == a ? link.b() : link.b() == a ? link.a() : -1;
                if (other >= 0) {
                    int t = table.indexOfAccount(ctx.account(other).id());
                    if (t >= 0 && partners.stream().noneMatch(p -> p[0] == t)) {
                        partners.add(new int[] {t, 1});
                    }
                }
            }
            partners.sort(Comparator.<int[]>comparingInt(p -> -p[1]).thenComparing(p -> table.accountId(p[0])));
            for (int k = 0; k < partners.size() && k < PARTNERS; k++) {
                int partner = partners.get(k)[0];
                List<CoActionEvidence.Pair> pairs = CoActionEvidence.pairs(table, layer.window(), mine, partner);
                for (int i = 0; i < pairs.size() && i < PAIRS; i++) {
                    CoActionEvidence.Pair p = pairs.get(i);
                    out.add(new CoAction(layer.id(), table.accountId(partner), p.objectId(), postId(ctx, p.sourceA()),
                            p.timeA(), postId(ctx, p.sourceB()), p.timeB()));
                }
            }
        }
        return List.copyOf(out);
    }

    private static String postId(DetectionContext ctx, int source) {
        return source >= 0 && source < ctx.dataset().posts().size() ? ctx.post(source).id() : "";
    }

    static List<CopiedMessage> messages(DetectionContext ctx, CoordinationNetwork network, int a) {
        TextLayer text = network.text();
        int min = ctx.settings().minFamilyAccounts();
        Map<String, List<String>> mine = new TreeMap<>();
        for (int p : ctx.posts(a)) {
            String m = text.message(p);
            if (m != null && text.messageAccounts(p) >= min) {
                mine.computeIfAbsent(m, k -> new ArrayList<>()).add(ctx.post(p).id());
            }
        }
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<String, String> example = new TreeMap<>();
        Map<String, TreeSet<String>> langs = new TreeMap<>();
        Map<String, Integer> accounts = new TreeMap<>();
        for (int p = 0; p < ctx.dataset().posts().size(); p++) {
            String m = text.message(p);
            if (m != null && mine.containsKey(m)) {
                example.putIfAbsent(m, ctx.post(p).text());
                String lang = ctx.post(p).lang();
                langs.computeIfAbsent(m, k -> new TreeSet<>()).add(lang.isEmpty() ? "unknown" : lang);
                accounts.put(m, text.messageAccounts(p));
            }
        }
        List<CopiedMessage> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : mine.entrySet()) {
            out.add(new CopiedMessage(e.getKey(), accounts.get(e.getKey()), List.copyOf(e.getValue()),
                    example.get(e.getKey()), String.join(", ", langs.get(e.getKey()))));
        }
        out.sort(Comparator.comparingInt((CopiedMessage c) -> -c.accounts()).thenComparing(CopiedMessage::message));
        return List.copyOf(out);
    }
}
