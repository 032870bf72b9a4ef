package org.spamouflage.sandbox.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rules that combine fields: shares that sum to 1, dates and bounds in order, campaign days inside
 * the period, shift blocks, rates that add up, and the size caps of {@link ScenarioLimits}. They run
 * on the merged scenario (the file over the defaults) and skip any field that already had a
 * problem of its own. Each problem is attached to the field the user wrote, preferring the later
 * or dependent one, and names the other field with its value ("the default" when not written).
 */
final class CrossFieldChecks {
    static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.001");
    static final int MAX_PERIOD_DAYS = 366;

    private static final String PERIOD = "$.period";
    private static final String ORGANIC = "$.organic";
    private static final String AUTHENTIC = "$.authentic";
    private static final String CAMPAIGN = "$.campaign";
    private static final String TIMING = "$.campaign.timing";
    private static final String TEXT = "$.campaign.text";
    private static final String DORMANCY = "$.campaign.dormancy";

    private final Scenario s;
    private final JsonNode user;
    private final JsonNode merged;
    private final Problems problems;
    /** True when the period's dates are usable and in order: only then can other dates be held against it. */
    private boolean periodInOrder;

    CrossFieldChecks(Scenario scenario, JsonNode user, JsonNode merged, Problems problems) {
        this.s = scenario;
        this.user = user;
        this.merged = merged;
        this.problems = problems;
    }

    void run() {
        checkPeriod();
        checkOrganic();
        checkAuthentic();
        if (problems.usable(CAMPAIGN + ".enabled") && s.campaign().enabled()) {
            checkCampaign();
        }
        Caps.check(s, problems, this::usable);
    }

    private void checkPeriod() {
        String start = PERIOD + ".start";
        String end = PERIOD + ".end";
        periodInOrder = ordered(start, end, s.period().start(), s.period().end(), Words.DATE, end, "");
        if (periodInOrder) {
            long days = ChronoUnit.DAYS.between(s.period().start(), s.period().end()) + 1;
            if (days > MAX_PERIOD_DAYS) {
                String at = preferWritten(end, start);
                problems.add(at, shown(at), "makes a period of " + days + " days; allowed: at most "
                        + MAX_PERIOD_DAYS + " days from $.period.start to $.period.end, both included");
            }
        }
    }

    private void checkOrganic() {
        sharesSumToOne(ORGANIC + ".provinces", s.organic().provinces().values().stream().toList(),
                " over " + s.organic().provinces().size() + " provinces and territories");
        sharesSumToOne(ORGANIC + ".languages");
        ordered(ORGANIC + ".minAccountAgeYears", ORGANIC + ".maxAccountAgeYears", s.organic().minAccountAgeYears(),
                s.organic().maxAccountAgeYears(), Words.NUMBER, ORGANIC + ".maxAccountAgeYears", "");
        for (Item<Scenario.NewsSpike> spike : items(ORGANIC + ".newsSpikes", Scenario.NewsSpike.class)) {
            String date = spike.path() + ".date";
            LocalDate d = spike.value().date();
            if (periodInOrder && (d.isBefore(s.period().start()) || d.isAfter(s.period().end()))) {
                problems.add(date, shown(date), "is outside the period (" + s.period().start() + " to "
                        + s.period().end() + "); allowed: a date from $.period.start to $.period.end");
            }
        }
    }

    /** Push and game days lie inside the period, and no more days are listed than there are pushes or games. */
    private void checkAuthentic() {
        eventDays(AUTHENTIC + ".advocacy", "pushes", s.authentic().advocacy().pushes(), s.authentic().advocacy().dates());
        eventDays(AUTHENTIC + ".hashtagGames", "games", s.authentic().hashtagGames().games(),
                s.authentic().hashtagGames().dates());
    }

    private void eventDays(String object, String countField, int count, List<LocalDate> dates) {
        String list = object + ".dates";
        String countPath = object + "." + countField;
        if (!usable(list)) {
            return;
        }
        if (usable(countPath) && dates.size() > count) {
            String at = preferWritten(list, countPath);
            String other = at.equals(list) ? countPath : list;
            problems.add(at, shown(at), (at.equals(list) ? "lists " + dates.size() + (dates.size() == 1 ? " day" : " days") + " but " + countPath + " is "
                    + mention(countPath) + defaultNote(countPath) : "is less than the " + dates.size() + " days listed in "
                    + other) + "; allowed: at most " + countPath + " days (the seed picks the days of the others)");
        }
        if (!periodInOrder) {
            return;
        }
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = dates.get(i);
            if (d.isBefore(s.period().start()) || d.isAfter(s.period().end())) {
                String at = list + "[" + i + "]";
                problems.add(at, shown(at), "is outside the period (" + s.period().start() + " to "
                        + s.period().end() + "); allowed: a date from $.period.start to $.period.end");
            }
        }
    }

    private void checkCampaign() {
        Scenario.Campaign c = s.campaign();
        ordered(CAMPAIGN + ".operators", CAMPAIGN + ".accounts", c.operators(), c.accounts(), Words.NUMBER,
                CAMPAIGN + ".operators", " (each operator runs at least one account)");
        ordered(CAMPAIGN + ".cells", CAMPAIGN + ".operators", c.cells(), c.operators(), Words.NUMBER,
                CAMPAIGN + ".cells", " (each cell has at least one operator)");
        sharesSumToOne(CAMPAIGN + ".origin");
        sharesSumToOne(CAMPAIGN + ".profiles.avatars");
        sharesSumToOne(TEXT + ".languages");
        checkCampaignDates(c);
        checkDormancy(c);
        new ShiftChecks(items(TIMING + ".shifts", Scenario.Shift.class), problems, this::shown).run();
        checkRates(c.text());
    }

    private void checkCampaignDates(Scenario.Campaign c) {
        String from = TIMING + ".activeFrom";
        String to = TIMING + ".activeTo";
        boolean windowInOrder = ordered(from, to, c.timing().activeFrom(), c.timing().activeTo(), Words.DATE, to, "");
        if (periodInOrder) {
            ordered(PERIOD + ".start", from, s.period().start(), c.timing().activeFrom(), Words.DATE, from,
                    " (the campaign posts inside the period)");
            ordered(to, PERIOD + ".end", c.timing().activeTo(), s.period().end(), Words.DATE, to,
                    " (the campaign posts inside the period)");
        }
        String creationTo = CAMPAIGN + ".creation.to";
        ordered(CAMPAIGN + ".creation.from", creationTo, c.creation().from(), c.creation().to(), Words.DATE,
                creationTo, "");
        ordered(creationTo, to, c.creation().to(), c.timing().activeTo(), Words.DATE, creationTo,
                " (accounts exist before they post)");
        for (Item<Scenario.Surge> item : items(TIMING + ".surges", Scenario.Surge.class)) {
            String at = item.path();
            Scenario.Surge surge = item.value();
            if (ordered(at + ".start", at + ".end", surge.start(), surge.end(), Words.DATE, at + ".end", "")
                    && windowInOrder
                    && (surge.start().isBefore(c.timing().activeFrom()) || surge.end().isAfter(c.timing().activeTo()))) {
                problems.add(at, shown(at), "runs " + surge.start() + " to " + surge.end()
                        + ", outside the campaign's active days (" + c.timing().activeFrom() + " to "
                        + c.timing().activeTo() + "); allowed: surge days from $.campaign.timing.activeFrom"
                        + " to $.campaign.timing.activeTo");
            }
        }
    }

    private void checkDormancy(Scenario.Campaign c) {
        Scenario.Dormancy d = c.dormancy();
        String fromYear = DORMANCY + ".createdFromYear";
        String toYear = DORMANCY + ".createdToYear";
        ordered(fromYear, toYear, d.createdFromYear(), d.createdToYear(), Words.NUMBER, toYear, "");
        ordered(DORMANCY + ".minSilentYears", DORMANCY + ".maxSilentYears", d.minSilentYears(), d.maxSilentYears(),
                Words.NUMBER, DORMANCY + ".maxSilentYears", "");
        int startYear = c.timing().activeFrom().getYear();
        if (usable(toYear, TIMING + ".activeFrom") && d.createdToYear() > startYear) {
            problems.add(toYear, shown(toYear), "is after the year the campaign starts (" + startYear
                    + ", from $.campaign.timing.activeFrom" + defaultNote(TIMING + ".activeFrom")
                    + "); allowed: a year no later than " + startYear + " (hijacked and bought accounts are old)");
        }
    }

    private void checkRates(Scenario.CampaignText t) {
        String exact = TEXT + ".exactDuplicateRate";
        String edit = TEXT + ".editRate";
        String ops = TEXT + ".editOperations";
        if (usable(exact, edit)) {
            BigDecimal total = decimal(t.exactDuplicateRate()).add(decimal(t.editRate()));
            if (total.compareTo(BigDecimal.ONE) > 0) {
                String at = preferWritten(edit, exact);
                String other = at.equals(edit) ? exact : edit;
                problems.add(at, shown(at), "plus " + other + " (" + mention(other) + defaultNote(other) + ") is "
                        + total.stripTrailingZeros().toPlainString()
                        + "; allowed: a total of at most 1 (the rest of the posts are paraphrased)");
            }
        }
        if (usable(edit, ops) && t.editRate() > 0 && t.editOperations().isEmpty()) {
            String at = preferWritten(ops, edit);
            problems.add(at, shown(at), (at.equals(ops) ? "is empty while " + edit + " is " + mention(edit)
                    : "is above 0 while " + ops + " is empty") + "; allowed: at least one edit operation ("
                    + String.join(", ", FieldSpecs.EDIT_OPERATIONS) + ") whenever editRate is above 0");
        }
    }

    /** Shares of an object whose fields are all shares. */
    private void sharesSumToOne(String objectPath) {
        List<Double> values = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (FieldSpec f : FieldSpecs.childrenOf(objectPath)) {
            JsonNode v = merged.at(pointer(f.path()));
            values.add(v.doubleValue());
            terms.add(f.name() + " " + Display.value(v) + (written(f.path()) ? "" : " by default"));
        }
        sharesSumToOne(objectPath, values, " (" + String.join(" + ", terms) + ")");
    }

    private void sharesSumToOne(String path, List<Double> values, String detail) {
        if (!usable(path)) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : values) {
            sum = sum.add(decimal(v));
        }
        if (sum.subtract(BigDecimal.ONE).abs().compareTo(SHARE_TOLERANCE) > 0) {
            problems.add(path, shown(path), "shares sum to " + sum.stripTrailingZeros().toPlainString() + detail
                    + "; allowed: shares that sum to 1 (within " + SHARE_TOLERANCE + ")");
        }
    }

    /**
     * Checks {@code lowPath}'s value is not above {@code highPath}'s. The problem goes to
     * {@code blame} if the user wrote it, else to the other field.
     *
     * @return true when the check ran and passed
     */
    private <T extends Comparable<T>> boolean ordered(String lowPath, String highPath, T low, T high, Words words,
                                                      String blame, String why) {
        if (!usable(lowPath, highPath)) {
            return false;
        }
        if (low.compareTo(high) <= 0) {
            return true;
        }
        String other = blame.equals(lowPath) ? highPath : lowPath;
        String at = preferWritten(blame, other);
        boolean atLow = at.equals(lowPath);
        String otherPath = atLow ? highPath : lowPath;
        String value = mention(otherPath) + defaultNote(otherPath);
        problems.add(at, shown(at), (atLow ? words.above : words.below) + " " + otherPath + " (" + value
                + "); allowed: " + (atLow ? words.atMost : words.atLeast) + " " + otherPath + why);
        return false;
    }

    private enum Words {
        DATE("is after", "is before", "a date on or before", "a date on or after"),
        NUMBER("is greater than", "is less than", "a value at most", "a value at least");

        final String above;
        final String below;
        final String atMost;
        final String atLeast;

        Words(String above, String below, String atMost, String atLeast) {
            this.above = above;
            this.below = below;
            this.atMost = atMost;
            this.atLeast = atLeast;
        }
    }

    /** An item of a list, with its path. */
    record Item<T>(String path, T value) {
    }

    /**
     * The items of a list that had no problems of their own: from the file when it has the list
     * (even if other items are bad), else the default list.
     */
    private <T> List<Item<T>> items(String listPath, Class<T> type) {
        JsonNode list = user.at(pointer(listPath));
        if (list.isMissingNode()) {
            list = merged.at(pointer(listPath));
        }
        List<Item<T>> items = new ArrayList<>();
        if (!list.isArray() || problems.unusableAtOrAbove(listPath)) {
            return items;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = listPath + "[" + i + "]";
            if (problems.usableItem(path)) {
                ScenarioValidator.bindItem(list.get(i), type).ifPresent(v -> items.add(new Item<>(path, v)));
            }
        }
        return items;
    }

    private boolean usable(String... paths) {
        return problems.usable(paths);
    }

    private String preferWritten(String preferred, String other) {
        return written(preferred) || !written(other) ? preferred : other;
    }

    private boolean written(String path) {
        return !user.at(pointer(path)).isMissingNode();
    }

    private String defaultNote(String path) {
        return written(path) ? "" : ", the default";
    }

    /** The value at a path as written, or the default when the file leaves it out. */
    String shown(String path) {
        JsonNode v = user.at(pointer(path));
        return Display.value(v.isMissingNode() ? merged.at(pointer(path)) : v);
    }

    /** The value at a path for use inside a message: like {@link #shown} but texts without quotes. */
    private String mention(String path) {
        JsonNode v = user.at(pointer(path));
        v = v.isMissingNode() ? merged.at(pointer(path)) : v;
        return v.isTextual() ? v.textValue() : Display.value(v);
    }

    /** {@code $.a.b[2].c} to the JSON pointer {@code /a/b/2/c}; paths here are built from field names only. */
    static String pointer(String path) {
        return path.substring(1).replace('.', '/').replace("[", "/").replace("]", "");
    }

    private static BigDecimal decimal(double d) {
        return new BigDecimal(Double.toString(d));
    }

    static String count(double n) {
        return String.format(Locale.ROOT, "%,d", Math.round(n));
    }
}
