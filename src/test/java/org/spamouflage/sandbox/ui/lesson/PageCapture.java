package org.spamouflage.sandbox.ui.lesson;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.spamouflage.sandbox.ui.base.SandboxChart;

/**
 * Everything a Vaadin UI holds that could reach its browser, as one text: every element of the
 * tree (virtual children such as dialogs and tooltips included) with its tag, attributes, properties
 * and text; every grid's rows as its columns render them, with each column's tooltip and each
 * item's own {@code toString}; every chart's spec; the URL and the page title. Stricter than the
 * wire: it also lists grid rows the browser has not scrolled to and server-side item values.
 */
final class PageCapture {
    private PageCapture() {
    }

    static String of(UI ui) {
        StringBuilder out = new StringBuilder();
        out.append("url: ").append(ui.getInternals().getActiveViewLocation().getPathWithQueryParameters()).append('\n');
        out.append("title: ").append(ui.getInternals().getTitle()).append('\n');
        element(ui.getElement(), out, 0);
        List<Component> all = new ArrayList<>();
        components(ui, all);
        for (Component c : all) {
            if (c instanceof Grid<?> g) {
                grid(g, out);
            } else if (c instanceof SandboxChart chart && chart.getSpec() != null) {
                out.append("chart ").append(chart.getId().orElse("?")).append(": ").append(chart.getSpec().toJson()).append('\n');
            }
        }
        return out.toString();
    }

    private static void element(Element e, StringBuilder out, int depth) {
        out.append("  ".repeat(Math.min(depth, 40)));
        if (e.isTextNode()) {
            out.append("#text ").append(e.getText()).append('\n');
            return;
        }
        out.append('<').append(e.getTag());
        for (String a : new TreeSet<>(e.getAttributeNames().toList())) {
            out.append(' ').append(a).append("=\"").append(e.getAttribute(a)).append('"');
        }
        for (String p : new TreeSet<>(e.getPropertyNames().toList())) {
            out.append(" .").append(p).append('=').append(e.getPropertyRaw(p));
        }
        out.append(">\n");
        e.getChildren().forEach(c -> element(c, out, depth + 1));
        VirtualChildrenList virtual = e.getNode().getFeatureIfInitialized(VirtualChildrenList.class).orElse(null);
        if (virtual != null) {
            for (StateNode n : iterable(virtual)) {
                out.append("  ".repeat(Math.min(depth + 1, 40))).append("(virtual)\n");
                element(Element.get(n), out, depth + 1);
            }
        }
    }

    private static Iterable<StateNode> iterable(VirtualChildrenList list) {
        List<StateNode> nodes = new ArrayList<>();
        list.iterator().forEachRemaining(nodes::add);
        return nodes;
    }

    private static void components(Component c, List<Component> out) {
        out.add(c);
        c.getChildren().forEach(child -> components(child, out));
    }

    private static <T> void grid(Grid<T> g, StringBuilder out) {
        out.append("grid ").append(g.getId().orElse("?")).append('\n');
        int n = GridKt._size(g);
        List<T> items = GridKt._fetch(g, 0, n);
        for (int i = 0; i < n; i++) {
            T item = items.get(i);
            out.append("  row ").append(GridKt._getFormattedRow(g, i)).append(" item ").append(item);
            for (Grid.Column<T> col : g.getColumns()) {
                if (col.getTooltipGenerator() != null) {
                    out.append(" tooltip ").append(col.getTooltipGenerator().apply(item));
                }
            }
            out.append('\n');
        }
    }
}
