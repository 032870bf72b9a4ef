package org.spamouflage.sandbox.detection.signals;

/** Test access to package-private helpers. */
public final class NightPostingSignalAccess {
    private NightPostingSignalAccess() {
    }

    public static int apparentOffset(int[] hist) {
        return NightPostingSignal.apparentOffset(hist);
    }
}
