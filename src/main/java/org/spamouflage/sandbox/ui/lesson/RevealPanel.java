package org.spamouflage.sandbox.ui.lesson;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.spamouflage.sandbox.lesson.Costs;
import org.spamouflage.sandbox.lesson.Reveal;
import org.spamouflage.sandbox.lesson.Score;
import org.spamouflage.sandbox.ui.base.SandboxChart;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.ui.model.ExerciseReveal;
import org.spamouflage.sandbox.ui.model.Fmt;

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
        add(Sections.section("panel-reveal", "The truth", summary,
                Sections.note("The table above now shows each account's true class and how your latest submission "
                        + "treated it; tick \"only my mistakes\" to list the accounts you got wrong."), network),
                Sections.section("panel-student-board", "Class board", board));
    }

    void show(ExerciseReveal r, Costs costs, boolean showNetwork) {
        Reveal reveal = r.reveal();
        Score s = reveal.score();
        if (s == null) {
            summary.setText("You did not submit before the exercise closed.");
        } else {
            summary.setText("Your latest submission flagged " + s.flagged() + " accounts: " + s.truePositives()
                    + " caught, " + s.falsePositives() + " false alarms, " + s.falseNegatives() + " missed. Precision "
                    + fmt(s.precision()) + " · recall " + fmt(s.recall()) + " · F1 " + fmt(s.f1()) + " · cost "
                    + Fmt.num(s.cost(), 2) + " (" + Fmt.num(costs.falsePositive(), 2) + " per false alarm, "
                    + Fmt.num(costs.falseNegative(), 2) + " per miss).");
        }
        network.setVisible(showNetwork);
        if (showNetwork) {
            network.setSpec(r.network());
        }
        board.show(reveal.board());
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "not defined" : Fmt.num(v, 3);
    }
}
