package org.spamouflage.sandbox.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.spamouflage.sandbox.dataset.AccountClass;

/**
 * The label values accepted in a label column and the class each maps to. Matching ignores case
 * and surrounding spaces. Anything else is a row error naming these values.
 *
 * <table>
 * <caption>Accepted labels</caption>
 * <tr><th>class</th><th>values</th></tr>
 * <tr><td>campaign</td><td>campaign, coordinated, inauthentic, bot, troll, sockpuppet, fake,
 *     1, 1.0, true, t, yes, y</td></tr>
 * <tr><td>organic</td><td>organic, human, real, genuine, authentic, 0, 0.0, false, f, no, n</td></tr>
 * <tr><td>background</td><td>background, spam</td></tr>
 * </table>
 *
 * <p>Why "bot" means campaign: labelled bot datasets mark the accounts to be found as bots, and
 * the sandbox's positive class (what detection should find) is {@code campaign}. The sandbox's
 * own {@code background} class (automation unrelated to the campaign) must be named explicitly.
 * Numbers and booleans follow the same convention: 1/true = the positive class.
 */
public final class Labels {
    private static final Map<String, AccountClass> LABELS = new LinkedHashMap<>();

    static {
        for (String s : List.of("campaign", "coordinated", "inauthentic", "bot", "troll", "sockpuppet", "fake",
                "1", "1.0", "true", "t", "yes", "y")) {
            LABELS.put(s, AccountClass.CAMPAIGN);
        }
        for (String s : List.of("organic", "human", "real", "genuine", "authentic", "0", "0.0", "false", "f",
                "no", "n")) {
            LABELS.put(s, AccountClass.ORGANIC);
        }
        for (String s : List.of("background", "spam")) {
            LABELS.put(s, AccountClass.BACKGROUND);
        }
    }

    private Labels() {
    }

    /** The class for a label value, or empty when the value is not one of the accepted labels. */
    public static Optional<AccountClass> parse(String value) {
        return Optional.ofNullable(value == null ? null : LABELS.get(value.trim().toLowerCase(Locale.ROOT)));
    }

    /** Every accepted value with its class, in the order of the table above. */
    public static Map<String, AccountClass> all() {
        return java.util.Collections.unmodifiableMap(LABELS);
    }

    /** "campaign (campaign, coordinated, …); organic (…); background (…)", for messages. */
    static String allowed() {
        StringBuilder b = new StringBuilder();
        for (AccountClass c : AccountClass.values()) {
            StringBuilder vals = new StringBuilder();
            LABELS.forEach((k, v) -> {
                if (v == c) {
                    vals.append(vals.length() == 0 ? "" : ", ").append(k);
                }
            });
            b.append(b.length() == 0 ? "" : "; ").append(c.label()).append(" = ").append(vals);
        }
        return b.toString();
    }
}
