package org.spamouflage.sandbox.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the pages are written in. English is the default for every other browser language. */
public enum Language {
    ENGLISH("en", "English"),
    FRENCH("fr", "Français");

    private final String code;
    private final String nativeName;
    private final Locale locale;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
        this.locale = Locale.forLanguageTag(code);
    }

    /** ISO 639-1 code, as in {@code lang="fr"} and {@code ?lang=fr}. */
    public String code() {
        return code;
    }

    /** The language's name in itself ("Français"), for the switch. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The other language (the header switch offers it). */
    public Language other() {
        return this == ENGLISH ? FRENCH : ENGLISH;
    }

    /** The language of a code such as {@code fr}, {@code fr-CA} or {@code FR}; empty when unknown or blank. */
    public static Optional<Language> of(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return fromLocale(Locale.forLanguageTag(code.strip().replace('_', '-')));
    }

    /** The language of a locale, or English. */
    public static Language of(Locale locale) {
        return locale == null ? ENGLISH : fromLocale(locale).orElse(ENGLISH);
    }

    private static Optional<Language> fromLocale(Locale locale) {
        String lang = locale.getLanguage();
        for (Language l : values()) {
            if (l.code.equals(lang)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * The first supported language of a browser's {@code Accept-Language} header (in its order of
     * preference), or English when it names none or is missing.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
        for (Locale.LanguageRange r : ranges) {
            if (r.getWeight() > 0) {
                Optional<Language> l = of(r.getRange());
                if (l.isPresent()) {
                    return l.get();
                }
            }
        }
        return ENGLISH;
    }

    /**
     * Who decides, strongest first: a choice made in this browser session (the header switch, or
     * a lesson's language), the remembered choice (cookie), then the browser's languages.
     */
    public static Language choose(String sessionChoice, String cookie, String acceptLanguage) {
        return of(sessionChoice).or(() -> of(cookie)).orElseGet(() -> fromAcceptLanguage(acceptLanguage));
    }
}
