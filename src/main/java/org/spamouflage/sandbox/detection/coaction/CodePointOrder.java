package org.spamouflage.sandbox.detection.coaction;

import java.util.Comparator;

/**
 * String order by Unicode code point, which is also the byte order of UTF-8 and the order Python's
 * {@code sorted} and R's C-locale {@code sort} use. Java's {@link String#compareTo} compares UTF-16
 * code units and differs for characters beyond the Basic Multilingual Plane, so output that promises
 * "account_a &lt; account_b in string order" uses this comparator instead.
 */
public final class CodePointOrder implements Comparator<String> {

    /** The single instance. */
    public static final CodePointOrder INSTANCE = new CodePointOrder();

    private CodePointOrder() {
    }

    @Override
    public int compare(String x, String y) {
        return compareStrings(x, y);
    }

    /**
     * Whether {@code s} holds a UTF-16 surrogate (a character beyond the Basic Multilingual Plane):
     * strings without any sort the same by {@link String#compareTo} as by code point.
     */
    public static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Negative, zero or positive as {@code x} sorts before, equal to or after {@code y}. */
    public static int compareStrings(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char c1 = x.charAt(i);
            char c2 = y.charAt(i);
            if (c1 != c2) {
                // ICU's code-point-order fix-up: move surrogates (D800-DFFF) above E000-FFFF.
                if (c1 >= 0xD800 && c2 >= 0xD800) {
                    c1 = (char) (c1 >= 0xE000 ? c1 - 0x800 : c1 + 0x2000);
                    c2 = (char) (c2 >= 0xE000 ? c2 - 0x800 : c2 + 0x2000);
                }
                return c1 - c2;
            }
        }
        return x.length() - y.length();
    }
}
