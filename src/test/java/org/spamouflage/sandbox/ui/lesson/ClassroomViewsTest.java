package org.spamouflage.sandbox.ui.lesson;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.app.LessonService;
import org.spamouflage.sandbox.lesson.Board;
import org.spamouflage.sandbox.lesson.Lesson;
import org.spamouflage.sandbox.lesson.LessonDraft;
import org.spamouflage.sandbox.ui.KaribuLogin;
import org.spamouflage.sandbox.ui.KaribuSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The classroom pages without a browser: who may open what, joining, submitting, and the instructor's form. */
class ClassroomViewsTest extends KaribuSpringTest {

    @Autowired
    LessonService service;

    @AfterEach
    void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    static com.vaadin.flow.component.HasElement shown() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    Lesson exercise(String title) {
        return service.create(LessonDraft.exercise(title, "classroom-small", 9_001), "alice");
    }

    void joinAs(Lesson lesson, String name) {
        navigate("join");
        _setValue(_get(TextField.class, s -> s.withId("join-code")), lesson.joinCode());
        _setValue(_get(TextField.class, s -> s.withId("join-name")), name);
        _click(_get(Button.class, s -> s.withId("join-button")));
        roundTrip();
    }

    @Nested
    class AccessRules {
        @Test
        void anAnonymousVisitorIsSentToSignInFromEveryInstructorRoute() {
            Lesson lesson = exercise("Access");
            for (String route : List.of("lessons", "lessons/new", "lessons/" + lesson.id(), "lessons/" + lesson.id() + "/edit")) {
                navigate(route);
                assertThat(shown()).as(route).isInstanceOf(LoginView.class);
                assertThat(_find(Span.class, s -> s.withId("join-code-shown"))).as(route).isEmpty();
            }
        }

        @Test
        void aStudentWhoJoinedIsStillRefusedTheInstructorPages() {
            Lesson lesson = exercise("Joined");
            joinAs(lesson, "Mallory");
            assertThat(shown()).isInstanceOf(ExerciseView.class);
            navigate("lessons/" + lesson.id());
            assertThat(shown()).isInstanceOf(LoginView.class);
        }

        @Test
        void anInstructorOpensTheLessonPages() {
            Lesson lesson = exercise("Signed in");
            KaribuLogin.asInstructor("alice");
            navigate("lessons/" + lesson.id());
            assertThat(shown()).isInstanceOf(LessonView.class);
            assertThat(_get(Span.class, s -> s.withId("join-code-shown")).getText())
                    .isEqualTo(lesson.joinCode().substring(0, 4) + "-" + lesson.joinCode().substring(4));
            navigate("lessons");
            assertThat(shown()).isInstanceOf(LessonsView.class);
        }

        @Test
        void theExercisePageWithoutJoiningSendsTheVisitorToJoin() {
            navigate("exercise");
            assertThat(shown()).isInstanceOf(JoinView.class);
        }
    }

    @Nested
    class Joining {
        @Test
        void aWrongJoinCodeIsRefusedWithAClearMessage() {
            exercise("Wrong code");
            navigate("join");
            _setValue(_get(TextField.class, s -> s.withId("join-code")), "WXYZ-2345");
            _setValue(_get(TextField.class, s -> s.withId("join-name")), "Ada");
            _click(_get(Button.class, s -> s.withId("join-button")));
            assertThat(shown()).isInstanceOf(JoinView.class);
            assertThat(_get(Paragraph.class, s -> s.withId("join-error")).getText())
                    .startsWith("No lesson has the join code \"WXYZ-2345\".");
        }

        @Test
        void aJoinLinkFillsInTheCode() {
            Lesson lesson = exercise("Link");
            navigate("join?code=" + lesson.joinCode().toLowerCase());
            assertThat(_get(TextField.class, s -> s.withId("join-code")).getValue())
                    .isEqualTo(lesson.joinCode().substring(0, 4) + "-" + lesson.joinCode().substring(4));
        }
    }

    @Nested
    class Submitting {
        @Test
        void aStudentFlagsByThresholdSubmitsAndTheBoardHasTheirScore() {
            Lesson lesson = exercise("Threshold");
            joinAs(lesson, "Grace");
            ExerciseView view = (ExerciseView) shown();
            _setValue(_get(NumberField.class, s -> s.withId("exercise-threshold")), 0.3);
            _click(_get(Button.class, s -> s.withId("flag-above")));
            int expected = view.page().atOrAbove(0.3).size();
            assertThat(view.table().flagged()).hasSize(expected);
            Button submit = _get(Button.class, s -> s.withId("submit"));
            assertThat(submit.getText()).isEqualTo("Submit " + expected + " flagged accounts");
            _click(submit);
            assertThat(_get(Paragraph.class, s -> s.withId("exercise-message")).getText())
                    .startsWith("Submission #1 received: " + expected + " accounts flagged.")
                    .contains("Scores stay hidden");
            assertThat(view.table().flagged()).as("the flags stay after submitting").hasSize(expected);
            Board.Row row = service.classroom().board(lesson.id()).get(0);
            assertThat(row.participant().name()).isEqualTo("Grace");
            assertThat(row.score().flagged()).isEqualTo(expected);

            _click(submit);
            assertThat(_get(Paragraph.class, s -> s.withId("exercise-message")).getText())
                    .startsWith("One submission per 10 seconds: wait");
        }

        @Test
        void aClosedExerciseRefusesASubmissionEvenFromAPageThatHasNotNoticedYet() {
            Lesson lesson = exercise("Closing");
            joinAs(lesson, "Linus");
            Button submit = _get(Button.class, s -> s.withId("submit"));
            assertThat(submit.isEnabled()).isTrue();
            service.classroom().close(lesson.id()); // the push to this page is still queued
            _click(submit);
            assertThat(_get(Paragraph.class, s -> s.withId("exercise-message")).getText())
                    .isEqualTo("The exercise is closed: your instructor is no longer taking submissions.");
            assertThat(service.classroom().submissions(lesson.id())).isEmpty();
            roundTrip();
            assertThat(submit.isEnabled()).isFalse();
            assertThat(_get(Paragraph.class, s -> s.withId("exercise-status")).getText()).contains("The exercise is closed");
        }
    }

    @Nested
    class Instructors {
        @Test
        void theFormCreatesALessonWithACodeAndHiddenSignals() {
            KaribuLogin.asInstructor("alice");
            navigate("lessons/new");
            _setValue(_get(TextField.class, s -> s.withId("lesson-title")), "Night owls");
            @SuppressWarnings("unchecked")
            Select<String> scenario = _get(Select.class, s -> s.withId("lesson-scenario"));
            _setValue(scenario, "classroom-small");
            _setValue(_get(TextField.class, s -> s.withId("lesson-seed")), "31337");
            _setValue(_get(TextField.class, s -> s.withId("lesson-link")), "http://x/?seed=5&bots=60&hide=jitter");
            _setValue(_get(NumberField.class, s -> s.withId("lesson-cost-fp")), 3.0);
            _click(_get(Button.class, s -> s.withId("lesson-save")));
            assertThat(shown()).isInstanceOf(LessonView.class);
            Lesson saved = service.classroom().lessons(false).get(0);
            assertThat(saved.title()).isEqualTo("Night owls");
            assertThat(saved.owner()).isEqualTo("alice");
            assertThat(saved.state().seed()).as("the form's seed wins over the link's").isEqualTo(31337);
            assertThat(saved.state().values()).containsEntry("bots", "60");
            assertThat(saved.state().hideTruth()).isTrue();
            assertThat(saved.costs().falsePositive()).isEqualTo(3.0);
            assertThat(saved.scenarioJson()).isEqualTo(service.scenarios().json("classroom-small").orElseThrow());
        }

        @Test
        void theFormListsEveryProblemAtOnce() {
            KaribuLogin.asInstructor("alice");
            navigate("lessons/new");
            _setValue(_get(TextField.class, s -> s.withId("lesson-title")), "");
            _setValue(_get(TextField.class, s -> s.withId("lesson-link")), "?bots=99999&nosuch=1");
            _setValue(_get(NumberField.class, s -> s.withId("lesson-cost-fn")), null);
            _click(_get(Button.class, s -> s.withId("lesson-save")));
            assertThat(shown()).isInstanceOf(LessonEditView.class);
            assertThat(_get(Paragraph.class, s -> s.withId("lesson-problems")).getText())
                    .contains("title: give the lesson a title")
                    .contains("bots 99999 is outside 0–5000")
                    .contains("unknown control \"nosuch\"")
                    .contains("costs: give a cost");
        }
    }
}
