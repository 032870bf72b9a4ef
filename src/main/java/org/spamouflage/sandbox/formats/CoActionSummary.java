package org.spamouflage.sandbox.formats;

import org.spamouflage.sandbox.detection.coaction.CooRTweetMode;
import java.util.Locale;

/**
 * Key figures of one co-action run, written as {@code summary.json} next to {@code edges.csv}. Holds no
 * timings, so the same input and settings give a byte-identical file.
 *
 * @param input              the input file name (without directories)
 * @param mode               {@code coortweet} for {@link CooRTweetMode}
 * @param windowSeconds      the window
 * @param minParticipation   CooRTweet's min participation (0 when not used)
 * @param rows               data rows read
 * @param selfReferencingRows rows whose object is their own content (never paired)
 * @param accounts           distinct accounts in the input
 * @param objects            distinct objects in the input
 * @param inWindowPairs      in-window pairs of actions on the same object, same-account pairs included
 * @param crossAccountPairs  in-window pairs between different accounts before the participation filter
 * @param edges              edges written
 * @param totalWeight        sum of the written edges' weights
 * @param alpha              the false-discovery level used for {@code significantEdges}
 * @param significantEdges   edges with q ≤ alpha
 * @param tests              the number of tests behind the q-values (pairs of active accounts)
 * @param significantOnly    true when only significant edges were written
 */
public record CoActionSummary(String input, String mode, long windowSeconds, int minParticipation, long rows,
                              long selfReferencingRows, int accounts, int objects, long inWindowPairs,
                              long crossAccountPairs, int edges, long totalWeight, double alpha, int significantEdges,
                              double tests, boolean significantOnly) {

    /** The null model's name as written into the summary. */
    public static final String NULL_MODEL = "account-label permutation (activity kept, objects and times fixed); "
            + "Poisson tail; Benjamini-Hochberg over all pairs of active accounts";

    /** Pretty-printed JSON with a fixed key order and a trailing newline. */
    public String toJson() {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("{\n");
        field(sb, "input", quote(input));
        field(sb, "mode", quote(mode));
        field(sb, "windowSeconds", Long.toString(windowSeconds));
        field(sb, "windowRule", quote("|t1 - t2| <= window (inclusive), pairs of different accounts on the same object"));
        field(sb, "minParticipation", Integer.toString(minParticipation));
        field(sb, "rows", Long.toString(rows));
        field(sb, "selfReferencingRows", Long.toString(selfReferencingRows));
        field(sb, "accounts", Integer.toString(accounts));
        field(sb, "objects", Integer.toString(objects));
        field(sb, "inWindowPairs", Long.toString(inWindowPairs));
        field(sb, "crossAccountPairs", Long.toString(crossAccountPairs));
        field(sb, "edges", Integer.toString(edges));
        field(sb, "totalWeight", Long.toString(totalWeight));
        field(sb, "nullModel", quote(NULL_MODEL));
        field(sb, "tests", Long.toString((long) tests));
        field(sb, "alpha", EdgeCsvWriter.scientific(alpha));
        field(sb, "significantEdges", Integer.toString(significantEdges));
        sb.append("  \"significantOnly\": ").append(significantOnly).append("\n}\n");
        return sb.toString();
    }

    private static void field(StringBuilder sb, String key, String value) {
        sb.append("  \"").append(key).append("\": ").append(value).append(",\n");
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
