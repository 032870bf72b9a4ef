package org.spamouflage.sandbox.detection.signals;

import org.spamouflage.sandbox.detection.DetectionContext;
import org.spamouflage.sandbox.detection.Signal;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.SignalResult;

/**
 * Handles that look like platform defaults: a name followed by a long run of digits
 * ({@code JaneDav41198277}: score 1 for 6+ digits, 0.6 for 4–5) or by random letters and digits
 * ({@code Emma_x7kq2b}: 0.8). Source: default handles of name + 8 digits (Conspirador Norteño;
 * DFRLab 2024); first-name handles plus random characters (the 2024 Kirkland Lake bots). Many real
 * people keep default handles too, so this signal is weak alone. Cost: O(handle length).
 */
public final class HandlePatternSignal implements Signal {

    private static final SignalInfo INFO = new SignalInfo("handle-pattern", "Default-looking handle", "account",
            "High when the handle is a name followed by many digits or random characters.",
            "Conspirador Norteño; DFRLab 2024");

    @Override
    public SignalInfo info() {
        return INFO;
    }

    @Override
    public SignalResult score(DetectionContext ctx) {
        int n = ctx.size();
        double[] scores = new double[n];
        double[] raw = new double[n];
        String[] kinds = new String[n];
        for (int a = 0; a < n; a++) {
            String handle = ctx.account(a).handle();
            kinds[a] = classify(handle);
            scores[a] = switch (kinds[a]) {
                case "name + 6 or more digits" -> 1.0;
                case "name + random characters" -> 0.8;
                case "name + 4–5 digits" -> 0.6;
                default -> 0.0;
            };
            raw[a] = scores[a];
        }
        return new SignalResult(scores, raw, a -> "Handle @" + ctx.account(a).handle() + ": " + kinds[a] + ".");
    }

    /** Describes the handle's shape. */
    static String classify(String handle) {
        int i = 0;
        while (i < handle.length() && Character.isLetter(handle.charAt(i))) {
            i++;
        }
        if (i < 2) {
            return "no default pattern";
        }
        String rest = handle.substring(i);
        if (rest.startsWith("_")) {
            rest = rest.substring(1);
        }
        if (rest.isEmpty()) {
            return "no default pattern";
        }
        int digits = 0;
        int letters = 0;
        for (int k = 0; k < rest.length(); k++) {
            char ch = rest.charAt(k);
            if (ch >= '0' && ch <= '9') {
                digits++;
            } else if (Character.isLetter(ch)) {
                letters++;
            }
        }
        if (letters == 0 && digits >= 6) {
            return "name + 6 or more digits";
        }
        if (letters == 0 && digits >= 4) {
            return "name + 4–5 digits";
        }
        if (letters > 0 && digits > 0 && rest.length() >= 4) {
            return "name + random characters";
        }
        return "no default pattern";
    }
}
