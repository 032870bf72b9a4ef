package org.spamouflage.sandbox.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Seeded random inputs for the randomised tests (plain JUnit 5 parameterised tests).
 *
 * <p>A test's cases come from {@link #cases}: first {@code tries} drawn cases named {@code seed N}
 * for N = 0, 1, ..., each drawn from its own {@code new SplittableRandom(N)}, then its fixed edge
 * cases (named {@code edge: ...}). Every run draws exactly the same inputs, and a failing case can be
 * replayed alone: IDEs show the case's name, and Maven's reports show its index {@code [i]}, which
 * for {@code i <= tries} is {@code seed i-1} (the edge cases follow in the order given).
 *
 * <p>The draws lean towards the edges the way property-testing libraries do: sizes are often 0, 1 or
 * the maximum, numbers often the ends of their range, and strings mix ASCII, the characters that
 * break parsers, accented letters, CJK, emoji (surrogate pairs) and any other {@code char}.
 */
public final class RandomInputs {

    /** Characters that break writers and parsers: quotes, separators, line breaks, controls, BOM. */
    private static final String AWKWARD = "\"',;:\\/\t\r\n\u0000\u0007\u001b\u007f\u00a0\ufeff\u2028\u2029{}[]<>#=";
    private static final String ACCENTED = "éèêëàâçîïôùûüÿœæÉÀÇÖßñ";
    private static final String CJK = "中文字谷歌人民日报的一是不了";
    private static final String[] EMOJI = {"😀", "👍", "🏽", "🇨", "𝄞", "🙂", "\ud83e\udd16"};

    private RandomInputs() {
    }

    /** The generator for one case. */
    public static SplittableRandom random(long seed) {
        return new SplittableRandom(seed);
    }

    /** Seeds {@code 0 .. n-1}. */
    public static LongStream seeds(int n) {
        return LongStream.range(0, n);
    }

    /**
     * {@code tries} drawn cases, then the {@code fixed} ones: case {@code seed N} (index N+1) holds the
     * arguments that {@code draw} makes from {@code new SplittableRandom(N)}.
     */
    public static Stream<Arguments> cases(int tries, Function<SplittableRandom, Arguments> draw, Arguments... fixed) {
        return Stream.concat(seeds(tries).mapToObj(
                seed -> Arguments.argumentSet("seed " + seed, draw.apply(random(seed)).get())), Arrays.stream(fixed));
    }

    /** A fixed case, shown as {@code edge: name}. */
    public static Arguments edge(String name, Object... arguments) {
        return Arguments.argumentSet("edge: " + name, arguments);
    }

    /** A uniform int in {@code [min, max]}, one time in ten {@code min} or {@code max}. */
    public static int intBetween(SplittableRandom r, int min, int max) {
        return (int) longBetween(r, min, max);
    }

    /** A uniform long in {@code [min, max]}, one time in ten {@code min} or {@code max}. */
    public static long longBetween(SplittableRandom r, long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        int edge = r.nextInt(20);
        if (edge == 0) {
            return min;
        }
        if (edge == 1) {
            return max;
        }
        if (max == Long.MAX_VALUE) {
            return min == Long.MIN_VALUE ? r.nextLong() : r.nextLong(min - 1, max) + 1;
        }
        return r.nextLong(min, max + 1);
    }

    /** Any long, one time in ten one of 0, ±1, {@code Long.MIN_VALUE} or {@code Long.MAX_VALUE}. */
    public static long anyLong(SplittableRandom r) {
        if (r.nextInt(10) == 0) {
            return oneOf(r, 0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        return r.nextLong();
    }

    /** A uniform double in {@code [min, max]}, one time in ten {@code min} or {@code max}. */
    public static double doubleBetween(SplittableRandom r, double min, double max) {
        int edge = r.nextInt(20);
        if (edge == 0) {
            return min;
        }
        if (edge == 1) {
            return max;
        }
        return min + r.nextDouble() * (max - min);
    }

    /**
     * Any finite double: a quarter of the time 0, -0, ±1, the smallest or the largest; otherwise any
     * finite bit pattern or a value of ordinary size.
     */
    public static double finiteDouble(SplittableRandom r) {
        if (r.nextInt(4) == 0) {
            return oneOf(r, 0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE);
        }
        if (r.nextBoolean()) {
            return (r.nextDouble() - 0.5) * 2e6;
        }
        double d;
        do {
            d = Double.longBitsToDouble(r.nextLong());
        } while (!Double.isFinite(d));
        return d;
    }

    /** A size in {@code [min, max]}: {@code min}, {@code min+1} or {@code max} a quarter of the time, small half the time. */
    public static int size(SplittableRandom r, int min, int max) {
        int pick = r.nextInt(8);
        if (pick == 0) {
            return min;
        }
        if (pick == 1) {
            return Math.min(max, min + 1);
        }
        if (pick == 2) {
            return max;
        }
        if (pick < 6) {
            return r.nextInt(min, Math.min(max, min + 10) + 1);
        }
        return r.nextInt(min, max + 1);
    }

    @SafeVarargs
    public static <T> T oneOf(SplittableRandom r, T... choices) {
        return choices[r.nextInt(choices.length)];
    }

    public static <T> T oneOf(SplittableRandom r, List<T> choices) {
        return choices.get(r.nextInt(choices.size()));
    }

    public static <E extends Enum<E>> E oneOf(SplittableRandom r, Class<E> type) {
        return oneOf(r, type.getEnumConstants());
    }

    /** A list of {@link #size} elements, each drawn by {@code element}. */
    public static <T> List<T> list(SplittableRandom r, int minSize, int maxSize, Function<SplittableRandom, T> element) {
        int n = size(r, minSize, maxSize);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(element.apply(r));
        }
        return out;
    }

    /** Random bytes, {@link #size} of them. */
    public static byte[] bytes(SplittableRandom r, int minSize, int maxSize) {
        byte[] b = new byte[size(r, minSize, maxSize)];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) r.nextInt(256);
        }
        return b;
    }

    /**
     * A string of {@code minLength..maxLength} chars (UTF-16 units). Each string draws from one pool:
     * plain ASCII letters and digits, printable ASCII, the awkward characters, or a mix of everything
     * including accented letters, CJK, emoji as surrogate pairs and, rarely, any {@code char} at all
     * (so lone surrogates too). Use {@link #validString} where lone surrogates cannot occur.
     */
    public static String string(SplittableRandom r, int minLength, int maxLength) {
        return string(r, minLength, maxLength, true);
    }

    /** As {@link #string}, but only well-formed UTF-16: surrogates come in pairs. */
    public static String validString(SplittableRandom r, int minLength, int maxLength) {
        return string(r, minLength, maxLength, false);
    }

    private static String string(SplittableRandom r, int minLength, int maxLength, boolean loneSurrogates) {
        int length = size(r, minLength, maxLength);
        int pool = r.nextInt(4);
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            switch (pool) {
                case 0 -> b.append(ALNUM.charAt(r.nextInt(ALNUM.length())));
                case 1 -> b.append((char) r.nextInt(0x20, 0x7f));
                case 2 -> b.append(AWKWARD.charAt(r.nextInt(AWKWARD.length())));
                default -> appendAnything(r, b, length - b.length(), loneSurrogates);
            }
        }
        return b.toString();
    }

    private static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private static void appendAnything(SplittableRandom r, StringBuilder b, int room, boolean loneSurrogates) {
        switch (r.nextInt(7)) {
            case 0 -> b.append(ALNUM.charAt(r.nextInt(ALNUM.length())));
            case 1 -> b.append(AWKWARD.charAt(r.nextInt(AWKWARD.length())));
            case 2 -> b.append(ACCENTED.charAt(r.nextInt(ACCENTED.length())));
            case 3 -> b.append(CJK.charAt(r.nextInt(CJK.length())));
            case 4 -> {
                if (room >= 2) {
                    b.append(oneOf(r, EMOJI));
                } else {
                    b.append(' ');
                }
            }
            case 5 -> {
                // any code point outside the surrogate range
                int cp = r.nextInt(Character.MAX_CODE_POINT - 0x800 + 1);
                cp = cp >= Character.MIN_SURROGATE ? cp + 0x800 : cp;
                if (Character.charCount(cp) <= room) {
                    b.appendCodePoint(cp);
                } else {
                    b.append((char) r.nextInt(0x20, 0x7f));
                }
            }
            default -> {
                char c = (char) r.nextInt(0x10000);
                b.append(!loneSurrogates && Character.isSurrogate(c) ? '?' : c);
            }
        }
    }

    /** A string of {@link #size} characters, each drawn from {@code alphabet}. */
    public static String stringOf(SplittableRandom r, int minLength, int maxLength, String alphabet) {
        int length = size(r, minLength, maxLength);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
