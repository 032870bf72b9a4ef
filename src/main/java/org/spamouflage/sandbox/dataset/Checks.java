package org.spamouflage.sandbox.dataset;

final class Checks {
    private Checks() {
    }

    static void id(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }
}
