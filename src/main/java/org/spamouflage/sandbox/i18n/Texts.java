package org.spamouflage.sandbox.i18n;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The pages' texts in one language: messages from the bundles, numbers and times in the
 * language's format. Immutable and shared; get one with {@link #of(Locale)}.
 *
 * <p>Every message goes through {@link MessageFormat}, so in the bundles an ASCII apostrophe is
 * written twice ({@code ''}) and arguments are {@code {0}}, {@code {1}}; counts use choice formats
 * ({@code {0,choice,0#no accounts|1#one account|1<{0,number,integer} accounts}}) so that "1 posts"
 * cannot happen. French texts use the typographic apostrophe (’), which needs no doubling.
 */
public final class Texts {
    /** Base name of the bundles: {@code org/spamouflage/sandbox/i18n/messages[_fr].properties}. */
    public static final String BUNDLE = "org.spamouflage.sandbox.i18n.messages";

    private static final Map<Language, Texts> ALL = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            ALL.put(l, new Texts(l));
        }
    }

    private final Language language;
    private final ResourceBundle bundle;
    private final ResourceBundle english;

    private Texts(Language language) {
        this.language = language;
        // No fallback to the JVM's own locale: English is the root bundle, whatever the machine is set to.
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.bundle = ResourceBundle.getBundle(BUNDLE, language == Language.ENGLISH ? Locale.ROOT : language.locale(), control);
        this.english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, control);
    }

    public static Texts of(Language language) {
        return ALL.get(language);
    }

    /** The texts of a locale's language, English for any language the pages are not written in. */
    public static Texts of(Locale locale) {
        return of(Language.of(locale));
    }

    public static Texts english() {
        return of(Language.ENGLISH);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** True when the bundle of this language has the key (not only the English one). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The message {@code key} with its arguments. A key missing from this language falls back to
     * English, and a key missing everywhere shows as {@code !key!} (tests keep both from happening).
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            try {
                pattern = english.getString(key);
            } catch (MissingResourceException e2) {
                return "!" + key + "!";
            }
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof Msg m ? get(m) : args[i];
        }
        return new MessageFormat(pattern, locale()).format(values);
    }

    /** A deferred message in this language. */
    public String get(Msg message) {
        return get(message.key(), message.args().toArray());
    }

    /** The message {@code prefix + "." + id}, or {@code fallback} when no language has that key (data-driven ids). */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) || english.containsKey(key) ? get(key) : fallback;
    }

    // ------------------------------------------------------------------------------ numbers and times

    /** {@code value} with exactly {@code decimals} decimals in this language ("0.934", "0,934"), or "not defined". */
    public String num(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return get("fmt.undefined");
        }
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(locale()));
        return f.format(value);
    }

    /** A whole number with the language's grouping ("12,500", "12 500"). */
    public String count(long n) {
        return num(n, 0);
    }

    /** A share as a percentage with one decimal ("12.5%", "12,5 %"), or "not defined". */
    public String pct(double share) {
        if (!Double.isFinite(share)) {
            return get("fmt.undefined");
        }
        return get("fmt.percent", num(share * 100, 1));
    }

    /** Date and time (minutes) in {@code zone}, in this language's medium style. */
    public String dateTime(Instant when, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .withZone(zone).format(when);
    }

    /** Time of day with seconds in {@code zone} ("14:03:27"). */
    public String time(Instant when, ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm:ss", locale()).withZone(zone).format(when);
    }
}
