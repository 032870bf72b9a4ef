package org.spamouflage.sandbox.ui.scenarios;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.spamouflage.sandbox.scenario.ScenarioProblem;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.ui.model.JsonLines;

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
            ok.setText("Valid scenario.");
            ok.setId("scenario-valid");
            ok.getStyle().set("color", "var(--lumo-success-text-color)");
            add(ok);
            return 0;
        }
        JsonLines lines = JsonLines.of(json);
        add(Sections.note(count == 1 ? "1 problem:" : count + " problems:"));
        UnorderedList list = new UnorderedList();
        int first = 0;
        for (ScenarioProblem p : problems) {
            int line = lines.lineOf(p.path());
            if (first == 0) {
                first = line;
            }
            ListItem li = new ListItem();
            li.setText(lineText(line, p));
            li.getElement().setAttribute("data-path", p.path());
            li.getElement().setAttribute("data-line", Integer.toString(line));
            li.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
            list.add(li);
        }
        add(list);
        return first;
    }

    static String lineText(int line, ScenarioProblem p) {
        return "line " + line + " · " + p.path() + (p.value().isEmpty() ? "" : " = " + p.value()) + ": " + p.message();
    }
}
