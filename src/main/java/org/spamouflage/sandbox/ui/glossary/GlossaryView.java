package org.spamouflage.sandbox.ui.glossary;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.spamouflage.sandbox.ui.base.MainLayout;
import org.spamouflage.sandbox.ui.base.Sections;

/**
 * The terms the pages use, side by side in English and French, each with a one-line meaning in the
 * page's language: so a class can move between the two, and read reports in either. The French
 * follows the field's usage (« comportement inauthentique coordonné », « faux positif », « rappel »).
 * A plain HTML table (caption, column headers with scope), every cell set as text.
 */
@AnonymousAllowed
@Route(value = "glossary", layout = MainLayout.class)
public class GlossaryView extends Div {

    /** Term ids, in reading order; each has {@code glossary.term.<id>.en|fr} and {@code glossary.def.<id>}. */
    static final List<String> TERMS = List.of("cib", "campaign", "organic", "background", "authentic", "signal",
            "coaction", "duplicate", "network", "cluster", "score", "threshold", "falsePositive", "falseNegative",
            "precision", "recall", "roc", "auc", "truth", "seed", "sweep", "hijacked", "camouflage", "hashtag");

    public GlossaryView() {
        setId("glossary");
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("max-width", "60em")
                .set("box-sizing", "border-box");
        add(new H2(getTranslation("glossary.heading")), Sections.note(getTranslation("glossary.intro")));
        Div scroll = new Div();
        scroll.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        // A region that may scroll sideways on a phone must be reachable by keyboard.
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("glossary.caption"));
        scroll.getElement().appendChild(table());
        add(scroll);
    }

    private Element table() {
        Element table = new Element("table");
        table.setAttribute("id", "glossary-table");
        table.getStyle().set("border-collapse", "collapse").set("width", "100%");
        Element caption = new Element("caption");
        caption.setText(getTranslation("glossary.caption"));
        caption.getStyle().set("text-align", "left").set("color", "var(--lumo-secondary-text-color)");
        table.appendChild(caption);
        Element head = new Element("tr");
        head.appendChild(cell("th", getTranslation("glossary.col.en"), "en"), cell("th", getTranslation("glossary.col.fr"), "fr"),
                cell("th", getTranslation("glossary.col.meaning"), null));
        Element thead = new Element("thead");
        thead.appendChild(head);
        Element body = new Element("tbody");
        for (String id : TERMS) {
            Element row = new Element("tr");
            row.setAttribute("id", "term-" + id);
            row.appendChild(cell("td", getTranslation("glossary.term." + id + ".en"), "en"),
                    cell("td", getTranslation("glossary.term." + id + ".fr"), "fr"),
                    cell("td", getTranslation("glossary.def." + id), null));
            body.appendChild(row);
        }
        table.appendChild(thead, body);
        return table;
    }

    /** A cell; {@code lang} marks a term in the other language for screen readers. */
    private static Element cell(String tag, String text, String lang) {
        Element c = new Element(tag);
        c.setText(text);
        if ("th".equals(tag)) {
            c.setAttribute("scope", "col");
        } else if (lang != null) {
            c.setAttribute("lang", lang);
        }
        c.getStyle().set("text-align", "left").set("vertical-align", "top").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return c;
    }
}
