package org.spamouflage.sandbox.ui.lesson;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.app.LessonService;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.dataset.Target;
import org.spamouflage.sandbox.lesson.Lesson;
import org.spamouflage.sandbox.lesson.LessonDraft;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.simulation.Generated;
import org.spamouflage.sandbox.ui.KaribuSpringTest;
import org.spamouflage.sandbox.lesson.ExercisePage;
import org.spamouflage.sandbox.lesson.ExerciseReveal;
import org.spamouflage.sandbox.playground.PlaygroundCharts;
import org.spamouflage.sandbox.pipeline.RunSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Invariant 5 (architecture.md): before the reveal, labels never reach a student's browser. Two
 * checks on everything the student's UI holds ({@link PageCapture}: every element's attributes,
 * properties and text, every grid row with its tooltips, every chart spec, the URL):
 * <ol>
 *   <li>a differential one: the same lesson run once with the generator's truth and once with the
 *       truth turned inside out (campaign and organic swapped) gives the student a byte-identical
 *       page, so nothing on it depends on the truth;</li>
 *   <li>a direct one: no class word ({@code campaign}, {@code organic}, {@code background}) outside
 *       text that the data itself contains, no cell or operator numbers, no truth colours.</li>
 * </ol>
 * A positive control shows the checks would fail: after the reveal the same capture has the labels.
 */
@Import(StudentSeesNoTruthTest.TruthSwitch.class)
class StudentSeesNoTruthTest extends KaribuSpringTest {
    static volatile boolean invertTruth;

    /** Runs as usual, or with every campaign account called organic and every organic one campaign. */
    @TestConfiguration
    static class TruthSwitch {
        @Bean
        @Primary
        RunSource truthSwitch(Pipeline pipeline) {
            return (scenario, seed, settings) -> {
                Pipeline.Run run = pipeline.run(scenario, seed, settings);
                return invertTruth ? inverted(run) : run;
            };
        }
    }

    static Pipeline.Run inverted(Pipeline.Run run) {
        List<GroundTruth.AccountTruth> accounts = new ArrayList<>();
        for (GroundTruth.AccountTruth t : run.generated().truth().accounts().values()) {
            AccountClass c = switch (t.cls()) {
                case CAMPAIGN -> AccountClass.ORGANIC;
                case ORGANIC -> AccountClass.CAMPAIGN;
                default -> t.cls();
            };
            accounts.add(new GroundTruth.AccountTruth(t.accountId(), c, c == AccountClass.CAMPAIGN ? 0 : -1,
                    c == AccountClass.CAMPAIGN ? 0 : -1, c == AccountClass.CAMPAIGN ? "new" : ""));
        }
        List<GroundTruth.PostTruth> posts = run.generated().truth().posts().values().stream()
                .map(p -> new GroundTruth.PostTruth(p.postId(), !p.campaign(), p.kind(), p.templateId())).toList();
        GroundTruth truth = new GroundTruth(accounts, posts);
        return new Pipeline.Run(run.scenario(), run.seed(), new Generated(run.generated().dataset(), truth),
                run.detection(), Pipeline.evaluate(run.detection(), truth));
    }

    @Autowired
    LessonService service;

    static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d(:\\d\\d)?|\\d\\d:\\d\\d:\\d\\d [A-Za-z_/+-]+");

    /** A student joins {@code lesson}, flags by threshold, opens the top account's card, submits; the page is captured. */
    String studentPage(Lesson lesson) {
        navigate("join");
        _setValue(_get(TextField.class, s -> s.withId("join-code")), lesson.joinCode());
        _setValue(_get(TextField.class, s -> s.withId("join-name")), "Eve");
        _click(_get(Button.class, s -> s.withId("join-button")));
        roundTrip();
        _setValue(_get(NumberField.class, s -> s.withId("exercise-threshold")), 0.3);
        _click(_get(Button.class, s -> s.withId("flag-above")));
        @SuppressWarnings("unchecked")
        Grid<ExercisePage.Row> table = _get(Grid.class, s -> s.withId("flag-table"));
        GridKt._clickItem(table, 0);
        _click(_get(Button.class, s -> s.withId("submit")));
        roundTrip();
        return TIME.matcher(PageCapture.of(UI.getCurrent())).replaceAll("<time>");
    }

    Lesson lesson() {
        return service.create(LessonDraft.exercise("Leak check", "classroom-small", 777), "alice");
    }

    @Test
    void theStudentsPageIsTheSameWhateverTheTruthSaysAndCarriesNoLabel() throws Exception {
        invertTruth = false;
        Lesson real = lesson();
        String withTruth = studentPage(real);
        invertTruth = true;
        Lesson inverted = lesson();
        String withInvertedTruth = studentPage(inverted);
        invertTruth = false;

        // The two lessons really have different truths, so equal pages mean the page ignores it.
        var a = service.classroom().exercise(real.id()).truth().classes();
        var b = service.classroom().exercise(inverted.id()).truth().classes();
        assertThat(a.keySet()).isEqualTo(b.keySet());
        assertThat(a).isNotEqualTo(b);
        assertThat(a.values()).contains(AccountClass.CAMPAIGN);

        assertThat(withInvertedTruth).isEqualTo(withTruth);
        assertThat(withTruth).as("the capture saw the data: every account's row")
                .contains("grid flag-table").contains(service.classroom().exercise(real.id()).data().detection().context()
                        .account(0).handle());
        TruthScan.assertNoLabel(withTruth, service.classroom().exercise(real.id()).data().dataset());
    }

    @Test
    void afterTheRevealTheSameCaptureShowsTheLabels() throws Exception {
        invertTruth = false;
        Lesson lesson = lesson();
        String before = studentPage(lesson);
        Dataset data = service.classroom().exercise(lesson.id()).data().dataset();
        TruthScan.assertNoLabel(before, data);

        service.classroom().reveal(lesson.id());
        roundTrip(); // push brings the reveal to the open page
        String after = TIME.matcher(PageCapture.of(UI.getCurrent())).replaceAll("<time>");
        assertThat(TruthScan.labelsOutsideData(after, data)).as("the checks find labels when there are some").isNotEmpty();
        assertThat(after).contains(ExerciseReveal.MISSED);
        @SuppressWarnings("unchecked")
        Grid<ExercisePage.Row> table = _get(Grid.class, s -> s.withId("flag-table"));
        assertThat(table.getColumns().stream().map(c -> c.getHeaderText()).limit(4).toList())
                .as("the truth sits next to the handle").containsExactly("Rank", "Handle", "Truth", "Your latest submission");
        assertThat(_get(Paragraph.class, s -> s.withId("exercise-message")).getText())
                .as("the pre-reveal note is gone").doesNotContain("Scores stay hidden");
    }
}
