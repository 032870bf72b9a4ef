package org.spamouflage.sandbox.ui.lesson;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.spamouflage.sandbox.lesson.Board;
import org.spamouflage.sandbox.lesson.Score;
import org.spamouflage.sandbox.report.Fmt;

/**
 * The class board: rank, name as given (rendered as text), latest submission's scores. Shown to the
 * instructor at all times and to students once the truth is shown.
 */
class BoardGrid extends Grid<Board.Row> {
    /** Submission times, as the board and the students' receipts show them. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    BoardGrid(String id) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(r -> r.rank() == 0 ? "–" : Integer.toString(r.rank())).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        addColumn(r -> r.participant().name()).setHeader(getTranslation("exercise.col.name")).setKey("name").setFlexGrow(1);
        addColumn(r -> Integer.toString(r.submissions())).setHeader(getTranslation("board.submissions")).setWidth("7rem").setFlexGrow(0);
        addColumn(r -> r.lastSubmitted() == null ? "" : TIME.format(r.lastSubmitted())).setHeader(getTranslation("board.latest"))
                .setWidth("8rem").setFlexGrow(0);
        addColumn(r -> r.score() == null ? "" : Integer.toString(r.score().flagged())).setHeader(getTranslation("board.flagged"))
                .setWidth("6rem").setFlexGrow(0);
        addColumn(r -> num(r.score(), Score::precision)).setHeader(getTranslation("board.precision")).setWidth("6.5rem").setFlexGrow(0);
        addColumn(r -> num(r.score(), Score::recall)).setHeader(getTranslation("board.recall")).setWidth("6rem").setFlexGrow(0);
        addColumn(r -> num(r.score(), Score::f1)).setHeader("F1").setKey("f1").setWidth("5rem").setFlexGrow(0);
        addColumn(r -> r.score() == null ? "" : Fmt.num(r.score().cost(), 2)).setHeader(getTranslation("board.cost")).setKey("cost")
                .setWidth("6rem").setFlexGrow(0);
        setAllRowsVisible(true);
    }

    void show(List<Board.Row> rows) {
        setItems(rows);
    }

    private static String num(Score s, java.util.function.ToDoubleFunction<Score> f) {
        if (s == null) {
            return "";
        }
        double v = f.applyAsDouble(s);
        return Double.isNaN(v) ? "–" : Fmt.num(v, 3);
    }
}
