package org.spamouflage.sandbox.ui.explore;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.explore.ClusterCard;

/**
 * A detected cluster: its size, some members, who they are (account age, history, followers,
 * daytime posting, languages, linked site, next to all scored accounts), and the English and
 * French texts it repeats, side by side; texts in other or unknown languages (common in imported
 * data) below.
 */
public class ClusterCardView extends Div {

    public ClusterCardView(ClusterCard card) {
        getElement().setAttribute("data-cluster", Integer.toString(card.cluster()));
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)");
        H4 title = new H4(getTranslation("cluster.title", card.cluster(), card.members()));
        title.getStyle().set("margin", "0");
        Paragraph members = Sections.note("");
        members.setText(getTranslation("cluster.members", String.join(", ", card.handles().stream().map(h -> "@" + h).toList())));
        Paragraph summary = Sections.note(card.summary());
        summary.getElement().setAttribute("lang", "en"); // written by the detection library, in English
        add(title, members, summary);
        if (!card.facts().isEmpty()) {
            // What tells honest coordination (an advocacy push, outlets) from a campaign cell: who the accounts are.
            Paragraph facts = Sections.note("");
            facts.setText(getTranslation("cluster.facts", card.facts()));
            facts.getElement().setAttribute("lang", "en");
            facts.getElement().setAttribute("data-facts", "");
            add(facts);
        }
        if (!card.pairs().isEmpty()) {
            add(Sections.note(getTranslation("cluster.pairs")));
            Div pairs = twoColumns();
            pairs.add(head(getTranslation("cluster.english")), head(getTranslation("cluster.french")));
            for (ClusterCard.Pair p : card.pairs()) {
                pairs.add(text(p.english()), text(p.french()));
            }
            add(pairs);
        }
        boolean bilingual = !card.english().isEmpty() || !card.french().isEmpty();
        if (bilingual || card.other().isEmpty()) {
            Div columns = twoColumns();
            columns.add(column(getTranslation("cluster.repeatedEnglish"), getTranslation("cluster.noEnglish"), card.english()),
                    column(getTranslation("cluster.repeatedFrench"), getTranslation("cluster.noFrench"), card.french()));
            add(columns);
        }
        if (!card.other().isEmpty()) {
            Div other = column(getTranslation(bilingual ? "cluster.repeatedOther" : "cluster.repeated"), "",
                    card.other());
            other.getElement().setAttribute("data-texts", "other");
            add(other);
        }
    }

    private static Div twoColumns() {
        Div d = new Div();
        d.getStyle().set("display", "grid").set("grid-template-columns", "1fr 1fr").set("gap", "var(--lumo-space-xs) var(--lumo-space-m)");
        return d;
    }

    private static Span head(String text) {
        Span s = new Span(text);
        s.getStyle().set("font-weight", "600");
        return s;
    }

    private static Paragraph text(String value) {
        Paragraph p = new Paragraph();
        p.setText(value);
        p.getElement().setAttribute("translate", "no"); // the data's own words
        p.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
        return p;
    }

    private static Div column(String heading, String none, List<ClusterCard.RepeatedText> texts) {
        Div col = new Div();
        Span head = new Span(heading);
        head.getStyle().set("font-weight", "600");
        col.add(head);
        if (texts.isEmpty()) {
            col.add(Sections.note(none));
        }
        for (ClusterCard.RepeatedText t : texts) {
            Paragraph p = new Paragraph();
            p.setText("×" + t.count() + "  " + t.text());
            p.getElement().setAttribute("translate", "no"); // the data's own words
            p.getStyle().set("margin", "var(--lumo-space-xs) 0").set("font-size", "var(--lumo-font-size-s)");
            col.add(p);
        }
        return col;
    }
}
