package org.spamouflage.sandbox.dataset;

import java.util.Locale;
import java.util.Optional;

/**
 * What an honest account does that makes it look coordinated: the kinds of <em>authentic</em>
 * coordination a teaching sandbox must show, because coordination signals fire on them too
 * (realism.md, "Authentic coordination"; Vargas, Emami &amp; Traynor 2020; Giglietto et al. 2020).
 * Ground truth only, next to {@link AccountClass}: the {@code role} column of {@code truth.csv}.
 */
public enum AccountRole {
    /** Nothing of the kind (every campaign account, most honest ones). Written as an empty cell. */
    NONE(""),
    /** Posts an organisation's letter template to politicians within hours of its call (or is the organisation). */
    ADVOCACY("advocacy"),
    /** A news outlet or aggregator: the same headlines and links as other outlets within minutes, on a schedule. */
    NEWS("news"),
    /** A fan or partisan who re-shares one politician's every post within seconds, with the same few others. */
    FAN_RING("fan-ring"),
    /** Joined a hashtag game: many strangers post one tag in the same evening. */
    HASHTAG_GAME("hashtag-game");

    private final String label;

    AccountRole(String label) {
        this.label = label;
    }

    /** The name used in {@code truth.csv} ({@code advocacy}, {@code news}, {@code fan-ring}, {@code hashtag-game}, or empty). */
    public String label() {
        return label;
    }

    /** True for every role but {@link #NONE}. */
    public boolean isAuthenticCoordination() {
        return this != NONE;
    }

    /** The role written as {@code label} (any case, surrounding spaces ignored; empty means {@link #NONE}). */
    public static Optional<AccountRole> fromLabel(String label) {
        String s = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        for (AccountRole r : values()) {
            if (r.label.equals(s)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The allowed labels, for messages. */
    public static String allowed() {
        return "advocacy, news, fan-ring, hashtag-game, or empty";
    }
}
