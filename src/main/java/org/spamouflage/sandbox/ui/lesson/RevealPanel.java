package org.spamouflage.sandbox.ui.lesson;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.spamouflage.sandbox.ui.base.Languages;
import org.spamouflage.sandbox.lesson.Costs;
import org.spamouflage.sandbox.lesson.Reveal;
import org.spamouflage.sandbox.lesson.Score;
import org.spamouflage.sandbox.ui.base.SandboxChart;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.lesson.ExerciseReveal;

/**
 * What a student sees once the truth is shown: the score of their latest submission, the network
 * coloured by how they called each account, and the class board. Only ever built from a
 * {@link Reveal}, which the service gives out after the reveal.
 */
class RevealPanel extends Div {
    private final Paragraph summary = new Paragraph();
    private final SandboxChart network = Sections.chart("chart-exercise-outcome", "460px");
    private final BoardGrid board = new BoardGrid("student-board");

    RevealPanel() {
        setId("reveal-panel");
        setWidthFull();
        summary.setId("reveal-score");
        add(Sections.section("panel-reveal", getTranslation("reveal.heading"), summary,
                Sections.note(getTranslation("reveal.note")), network),
                Sections.section("panel-student-board", getTranslation("reveal.board"), board));
    }

    void show(ExerciseReveal r, Costs costs, boolean showNetwork) {
        Reveal reveal = r.reveal();
        Score s = reveal.score();
        if (s == null) {
            summary.setText(getTranslation("reveal.none"));
        } else {
            var t = Languages.texts();
            summary.setText(getTranslation("reveal.summary", s.flagged(), s.truePositives(), s.falsePositives(),
                    s.falseNegatives(), t.num(s.precision(), 3), t.num(s.recall(), 3), t.num(s.f1(), 3), t.num(s.cost(), 2),
                    t.num(costs.falsePositive(), 2), t.num(costs.falseNegative(), 2)));
        }
        network.setVisible(showNetwork);
        if (showNetwork) {
            network.setSpec(r.network(Languages.texts()));
        }
        board.show(reveal.board());
    }
}
