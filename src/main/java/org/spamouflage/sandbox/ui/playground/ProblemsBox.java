package org.spamouflage.sandbox.ui.playground;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Warnings and errors above the results, each problem as a list item of plain text. */
public class ProblemsBox extends Div {

    public ProblemsBox() {
        setId("problems");
        setVisible(false);
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("margin", "var(--lumo-space-s) 0");
    }

    public void warn(String title, List<String> items) {
        if (!items.isEmpty()) {
            show(title, items, "var(--lumo-warning-color-10pct, #fff3cd)");
        }
    }

    public void error(String title, List<String> items) {
        show(title, items, "var(--lumo-error-color-10pct)");
    }

    public void clear() {
        removeAll();
        setVisible(false);
    }

    private void show(String title, List<String> items, String background) {
        removeAll();
        Span t = new Span();
        t.setText(title);
        t.getStyle().set("font-weight", "600");
        UnorderedList list = new UnorderedList();
        for (String i : items) {
            ListItem li = new ListItem();
            li.setText(i);
            list.add(li);
        }
        add(t, list);
        getStyle().set("background", background);
        setVisible(true);
    }
}
