package org.spamouflage.sandbox.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.dataset.Target;
import org.spamouflage.sandbox.lesson.ExerciseReveal;
import org.spamouflage.sandbox.playground.PlaygroundCharts;

/**
 * Looks for the truth in what a student's browser was given: class words ({@code campaign},
 * {@code organic}, {@code background}) outside the data's own text, cell or operator numbers, the
 * colours truth-coloured charts use, truth badges and downloads.
 */
public final class TruthScan {
    /** A class word; not CSS ({@code background:}, {@code background-color}). */
    static final Pattern LABEL = Pattern.compile("\\b(campaign|organic|background)\\b(?![:-])", Pattern.CASE_INSENSITIVE);
    static final Pattern CELL_OR_OPERATOR = Pattern.compile("\\b(cell|operator) \\d");
    /** The page's own wording (the same for every lesson; the differential check shows it ignores the truth). */
    static final List<String> UI_WORDING = List.of("belong to the campaign", "each missed campaign account");
    /**
     * CSS, which says "background" as a property: inline styles in the page source, style keys in
     * Vaadin's JSON messages, and comments of the theme's style sheet in the bootstrap page.
     * Colours are checked on their own.
     */
    static final Pattern STYLE = Pattern.compile(" style=\"[^\"]*\"|\"key\":\"background[-a-z]*\"|/\\*.*?\\*/");

    private TruthScan() {
    }

    public static void assertNoLabel(String page, Dataset data) {
        assertThat(labelsOutsideData(page, data)).as("class words outside the data's own text").isEmpty();
        assertThat(CELL_OR_OPERATOR.matcher(page).find()).as("cell or operator numbers").isFalse();
        for (String colour : List.of(PlaygroundCharts.CAMPAIGN, PlaygroundCharts.ORGANIC, PlaygroundCharts.BACKGROUND,
                ExerciseReveal.CAUGHT, ExerciseReveal.FALSE_ALARM, ExerciseReveal.LEFT_ALONE)) {
            if (!colour.equals(PlaygroundCharts.POOLED)) {
                assertThat(page.toLowerCase(Locale.ROOT)).as("truth colour " + colour).doesNotContain(colour.toLowerCase(Locale.ROOT));
            }
        }
        assertThat(page).doesNotContain("data-truth").doesNotContain("VAADIN/dynamic");
    }

    /**
     * Each line of the capture with a class word left after removing every text of the data that
     * contains one (comments, bios and names may mention an election campaign; that is data, not a label).
     */
    public static List<String> labelsOutsideData(String page, Dataset data) {
        Set<String> carriers = new LinkedHashSet<>();
        for (Post p : data.posts()) {
            addIfLabelled(carriers, p.text());
        }
        for (Account a : data.accounts()) {
            addIfLabelled(carriers, a.bio());
            addIfLabelled(carriers, a.displayName());
            addIfLabelled(carriers, a.handle());
        }
        for (Target t : data.targets()) {
            addIfLabelled(carriers, t.name());
            addIfLabelled(carriers, t.party());
        }
        List<String> sorted = new ArrayList<>(carriers);
        sorted.sort((x, y) -> Integer.compare(y.length(), x.length())); // longest first
        List<String> out = new ArrayList<>();
        for (String line : page.split("\n")) {
            String rest = STYLE.matcher(line).replaceAll("");
            for (String w : UI_WORDING) {
                rest = rest.replace(w, "");
            }
            for (String c : sorted) {
                if (rest.contains(c)) {
                    rest = rest.replace(c, "");
                }
            }
            Matcher m = LABEL.matcher(rest);
            while (m.find() && out.size() < 50) {
                out.add(rest.substring(Math.max(0, m.start() - 80), Math.min(rest.length(), m.end() + 80)));
            }
        }
        return out;
    }

    /** The text as written, and as it appears inside JSON strings and HTML (the browser gets all three). */
    private static void addIfLabelled(Set<String> carriers, String text) {
        if (text != null && LABEL.matcher(text).find()) {
            carriers.add(text);
            try {
                String json = JSON.writeValueAsString(text);
                carriers.add(json.substring(1, json.length() - 1));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            carriers.add(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"));
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
}
