package org.spamouflage.sandbox.ui.explore;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.spamouflage.sandbox.detection.AccountEvidence;
import org.spamouflage.sandbox.ui.base.Badges;
import org.spamouflage.sandbox.ui.base.Languages;
import org.spamouflage.sandbox.ui.base.SandboxChart;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.explore.AccountCard;

/** One account's card: profile, the engine's evidence per signal with a bar each, posting hours, recent posts. */
public class AccountCardView extends Div {

    public AccountCardView(AccountCard card, boolean showTruth) {
        setId("account-card");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("min-width", "0");
        H4 handle = new H4();
        handle.setText("@" + card.handle());
        handle.setId("account-handle");
        handle.getStyle().set("margin", "0");
        Div head = new Div(handle);
        head.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                .set("flex-wrap", "wrap");
        if (showTruth) {
            Span badge = Badges.truth(card.truth());
            badge.setId("account-truth");
            head.add(badge);
        }
        add(head);
        if (!card.displayName().isEmpty()) {
            add(text(card.displayName(), "account-name"));
        }
        // Built by the shared Explore data in English (one copy for every visitor); marked so.
        Paragraph profile = Sections.note(card.profile());
        profile.getElement().setAttribute("lang", "en");
        add(profile);
        if (!card.facts().isEmpty()) {
            add(text(card.facts(), "account-facts"));
        }
        if (!card.bio().isEmpty()) {
            add(text(card.bio(), "account-bio"));
        }
        if (!card.scored()) {
            add(Sections.note(getTranslation("card.notScored")));
        } else {
            Paragraph score = new Paragraph(getTranslation("card.score", Languages.texts().num(card.score(), 3), card.rank(),
                    card.scoredCount(), card.cluster() >= 0 ? getTranslation("chart.node.cluster", card.cluster())
                            : getTranslation("card.noCluster")));
            score.setId("account-score");
            add(score, evidence(card));
        }
        if (!card.coActions().isEmpty()) {
            add(Sections.note(getTranslation("card.coActions")), lines(card.coActions(), "account-coactions"));
        }
        if (!card.copied().isEmpty()) {
            add(Sections.note(getTranslation("card.copied")), lines(card.copied(), "account-copied"));
        }
        SandboxChart hours = Sections.chart("chart-account-hours", "180px");
        hours.setSpec(card.hours());
        add(hours);
        UnorderedList posts = new UnorderedList();
        posts.setId("account-posts");
        for (String c : card.comments()) {
            ListItem li = new ListItem();
            li.setText(c);
            posts.add(li);
        }
        posts.getElement().setAttribute("translate", "no"); // the data's own words
        add(Sections.note(getTranslation("card.latest")), posts);
    }

    private Div evidence(AccountCard card) {
        Div list = new Div();
        list.setId("account-evidence");
        for (AccountEvidence.SignalEvidence s : card.signals()) {
            Span name = new Span();
            String title = Languages.texts().getOr("signal." + s.signalId() + ".title", s.title());
            name.setText(s.enabled() ? title : getTranslation("chart.signalOff", title));
            name.getStyle().set("flex", "0 0 12em").set("font-size", "var(--lumo-font-size-s)");
            Div fill = new Div();
            boolean applies = !Double.isNaN(s.score());
            fill.getStyle().set("width", (applies ? Math.round(s.score() * 100) : 0) + "%").set("height", "100%")
                    .set("background", s.fired() ? "var(--lumo-error-color)" : "var(--lumo-contrast-40pct)")
                    .set("border-radius", "3px");
            Div bar = new Div(fill);
            bar.getStyle().set("flex", "1").set("height", "10px").set("background", "var(--lumo-contrast-5pct)")
                    .set("border-radius", "3px");
            Span value = new Span(applies ? Languages.texts().num(s.score(), 2) : getTranslation("card.na"));
            value.getStyle().set("flex", "0 0 3em").set("text-align", "right").set("font-size", "var(--lumo-font-size-s)");
            Div row = new Div(name, bar, value);
            row.getElement().setAttribute("data-signal", s.signalId());
            row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");
            Paragraph why = Sections.note(s.explanation());
            // The detection library writes its evidence in English; said so for screen readers.
            why.getElement().setAttribute("lang", "en");
            why.getStyle().set("margin", "0 0 var(--lumo-space-xs) 0");
            list.add(row, why);
        }
        return list;
    }

    private static UnorderedList lines(java.util.List<String> values, String id) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.getElement().setAttribute("lang", "en"); // sentences of the shared Explore data, in English
        for (String v : values) {
            ListItem li = new ListItem();
            li.setText(v);
            list.add(li);
        }
        return list;
    }

    private static Paragraph text(String value, String id) {
        Paragraph p = new Paragraph();
        p.setText(value);
        p.setId(id);
        p.getElement().setAttribute("translate", "no"); // the data's own words (names, bios) or facts in English
        p.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return p;
    }
}
