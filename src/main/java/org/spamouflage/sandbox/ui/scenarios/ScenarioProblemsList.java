package org.spamouflage.sandbox.ui.scenarios;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.spamouflage.sandbox.scenario.ScenarioProblem;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.scenario.JsonLines;

/**
 * The validation problems of the text in the editor, each with the line its field starts on and
 * the field's JSON path, so the reader can go straight to it.
 */
public class ScenarioProblemsList extends Div {

    public ScenarioProblemsList() {
        setId("scenario-problems");
    }

    /**
     * Shows the problems (the validator lists at most a hundred, then a line saying how many more);
     * returns the line of the first one (0 when there are none).
     *
     * @param count how many problems were found, listed or not
     */
    public int show(String json, List<ScenarioProblem> problems, int count) {
        removeAll();
        if (problems.isEmpty()) {
            Div ok = new Div();
            ok.setText(getTranslation("scenarios.valid"));
            ok.setId("scenario-valid");
            ok.getStyle().set("color", "var(--lumo-success-text-color)");
            add(ok);
            return 0;
        }
        JsonLines lines = JsonLines.of(json);
        add(Sections.note(getTranslation("scenarios.problems", count)));
        UnorderedList list = new UnorderedList();
        int first = 0;
        for (ScenarioProblem p : problems) {
            int line = lineOf(lines, p);
            if (first == 0) {
                first = line;
            }
            ListItem li = new ListItem();
            li.setText(getTranslation("scenarios.problem.line", line) + " · " + p.path()
                    + (p.value().isEmpty() ? "" : " = " + p.value()) + ": " + p.message());
            li.getElement().setAttribute("data-path", p.path());
            li.getElement().setAttribute("data-line", Integer.toString(line));
            li.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
            list.add(li);
        }
        add(list);
        return first;
    }

    /**
     * The line a problem is on: a JSON syntax error names its own line and column in its message
     * (its path is the whole document, which would point at line 1); any other, its field's line.
     */
    static int lineOf(JsonLines lines, ScenarioProblem p) {
        java.util.regex.Matcher m = SYNTAX_LINE.matcher(p.message());
        if ("$".equals(p.path()) && m.find()) {
            return Integer.parseInt(m.group(1));
        }
        return lines.lineOf(p.path());
    }

    private static final java.util.regex.Pattern SYNTAX_LINE = java.util.regex.Pattern.compile("\\bline (\\d{1,9})\\b");

    /** The scenario's own {@code name} field, or null when the text is not JSON or has none. */
    static String nameIn(String json) {
        try {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            return node != null && node.path("name").isTextual() ? node.path("name").asText().strip() : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}
