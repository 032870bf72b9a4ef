package org.spamouflage.sandbox.lesson;

import org.spamouflage.sandbox.bench.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.metrics.Confusion;
import org.spamouflage.sandbox.pipeline.Pipeline;

/**
 * The classroom rules on the shipped classroom-small scenario (real generation and detection, an
 * in-memory store, a clock moved by hand).
 */
class ClassroomServiceTest {
    static final String JSON = read("scenarios/classroom-small.json");
    static final Pipeline PIPELINE = new Pipeline();
    static final long SEED = 4242;

    MutableClock clock;
    MemoryLessonStore store;
    ClassroomService service;
    Lesson lesson;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2025-01-13T09:00:00Z"));
        store = new MemoryLessonStore();
        service = new ClassroomService(store, PIPELINE::run, new JoinCodes(new Random(7)), clock, Duration.ofSeconds(10));
        lesson = service.create(LessonDraft.exercise("Week 3: find the flood", "classroom-small", SEED), JSON, "alice");
    }

    static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The labels, read from the generator's truth directly (not through the service). */
    Map<String, AccountClass> labels() throws Exception {
        return Exercise.of(lesson, PIPELINE::run).truth().classes();
    }

    List<String> ofClass(AccountClass c, int n) throws Exception {
        List<String> out = new ArrayList<>();
        for (var e : labels().entrySet()) {
            if (e.getValue() == c && out.size() < n) {
                out.add(e.getKey());
            }
        }
        assertThat(out).as("accounts of class " + c).hasSize(n);
        return out;
    }

    @Nested
    class Joining {
        @Test
        void joinsWithTheCodeTypedInLowerCaseWithADash() {
            String typed = JoinCodes.display(lesson.joinCode()).toLowerCase();
            Participant p = service.join(" " + typed + " ", "  Ada   L. ");
            assertThat(p.lessonId()).isEqualTo(lesson.id());
            assertThat(p.name()).isEqualTo("Ada L.");
        }

        @Test
        void refusesAWrongCodeSayingWhatToCheck() {
            assertThatThrownBy(() -> service.join("ZZZZ-9999", "Ada"))
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Refused.Reason.WRONG_CODE))
                    .hasMessageContaining("No lesson has the join code \"ZZZZ-9999\"")
                    .hasMessageContaining("ABCD-2345");
            assertThat(store.participants(lesson.id())).isEmpty();
        }

        @Test
        void refusesAnEmptyCodeAndAMalformedOne() {
            assertThatThrownBy(() -> service.join("   ", "Ada")).hasMessageContaining("Type the join code");
            assertThatThrownBy(() -> service.join("O0O0-I1I1", "Ada")).isInstanceOf(Refused.class)
                    .hasMessageContaining("No lesson has the join code");
        }

        @Test
        void tenWrongCodesFromOneBrowserStopItEvenWithTheRightCodeButNotTheClass() {
            for (int i = 0; i < 10; i++) {
                assertThatThrownBy(() -> service.join("ZZZZ-9999", "Mallory", "session-m"))
                        .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Refused.Reason.WRONG_CODE));
            }
            assertThatThrownBy(() -> service.join(lesson.joinCode(), "Mallory", "session-m"))
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Refused.Reason.RATE_LIMITED))
                    .hasMessageContaining("Too many wrong join codes");
            assertThat(service.join(lesson.joinCode(), "Ada", "session-a").name()).isEqualTo("Ada");
            clock.advance(java.time.Duration.ofMinutes(10));
            assertThat(service.join(lesson.joinCode(), "Mallory", "session-m").name()).as("after the window").isEqualTo("Mallory");
        }

        @Test
        void refusesAnArchivedLesson() {
            service.archive(lesson.id(), true);
            assertThatThrownBy(() -> service.join(lesson.joinCode(), "Ada"))
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Refused.Reason.LESSON_CLOSED))
                    .hasMessageContaining("archived");
        }

        @Test
        void refusesANameAlreadyTakenWhateverItsCase() {
            service.join(lesson.joinCode(), "Ada");
            assertThatThrownBy(() -> service.join(lesson.joinCode(), "ADA")).hasMessageContaining("already uses the name");
            assertThatThrownBy(() -> service.join(lesson.joinCode(), "")).hasMessageContaining("Type a display name");
            assertThatThrownBy(() -> service.join(lesson.joinCode(), "x".repeat(41))).hasMessageContaining("at most 40");
        }

        @Test
        void aRotatedCodeStopsWorkingAtOnceAndStudentsAlreadyInStayIn() throws Exception {
            Participant before = service.join(lesson.joinCode(), "Ada");
            Lesson rotated = service.rotateCode(lesson.id());
            assertThat(rotated.joinCode()).isNotEqualTo(lesson.joinCode()).matches("[" + JoinCodes.ALPHABET + "]{8}");
            assertThatThrownBy(() -> service.join(lesson.joinCode(), "Bo")).hasMessageContaining("No lesson has the join code");
            assertThat(service.join(rotated.joinCode(), "Bo").lessonId()).isEqualTo(lesson.id());
            assertThat(service.submit(before.id(), List.of()).number()).isEqualTo(1);
        }
    }

    @Nested
    class Submitting {
        @Test
        void scoresASubmissionAgainstTheTruthCountedByHand() throws Exception {
            service.update(lesson.id(), new LessonDraft(lesson.title(), "", "classroom-small", lesson.state(), new Costs(2, 0.5)),
                    JSON);
            Participant p = service.join(lesson.joinCode(), "Ada");
            List<String> flagged = new ArrayList<>(ofClass(AccountClass.CAMPAIGN, 10));
            flagged.addAll(ofClass(AccountClass.ORGANIC, 5));
            flagged.add(flagged.get(0)); // a duplicate counts once
            service.submit(p.id(), flagged);

            Map<String, AccountClass> labels = labels();
            int campaign = (int) labels.values().stream().filter(c -> c == AccountClass.CAMPAIGN).count();
            Submission s = service.submissions(lesson.id()).get(0);
            assertThat(s.flagged()).hasSize(15).isSorted();
            assertThat(s.score().truePositives()).isEqualTo(10);
            assertThat(s.score().falsePositives()).isEqualTo(5);
            assertThat(s.score().falseNegatives()).isEqualTo(campaign - 10);
            assertThat(s.score().trueNegatives()).isEqualTo(labels.size() - campaign - 5);
            assertThat(s.score().precision()).isEqualTo(10.0 / 15);
            assertThat(s.score().recall()).isEqualTo(10.0 / campaign);
            assertThat(s.score().f1()).isEqualTo(20.0 / (20 + 5 + campaign - 10));
            assertThat(s.score().cost()).isEqualTo(2 * 5 + 0.5 * (campaign - 10));
        }

        @Test
        void aThresholdSubmissionScoresAsTheEvaluationsConfusionMatrixAtThatThreshold() throws Exception {
            Exercise ex = service.exercise(lesson.id());
            Pipeline.Run run = PIPELINE.run(lesson.state().applyTo(org.spamouflage.sandbox.scenario.ScenarioJson.parse(JSON, "x")),
                    SEED, lesson.state().applyTo(org.spamouflage.sandbox.detection.DetectorSettings.defaults()));
            for (double t : new double[] {0.2, 0.35, 0.5}) {
                Participant p = service.join(lesson.joinCode(), "t" + t);
                service.submit(p.id(), ExercisePage.of(ex.data()).atOrAbove(t));
                Score s = service.submissions(lesson.id()).get(service.submissions(lesson.id()).size() - 1).score();
                Confusion c = run.evaluation().combined().at(t);
                assertThat(List.of(s.truePositives(), s.falsePositives(), s.falseNegatives(), s.trueNegatives())).as("t=" + t)
                        .containsExactly(c.truePositives(), c.falsePositives(), c.falseNegatives(), c.trueNegatives());
                assertThat(s.f1()).isCloseTo(c.f1(), org.assertj.core.data.Offset.offset(1e-12));
            }
        }

        @Test
        void refusesASecondSubmissionWithinTenSecondsSayingHowLongToWait() throws Exception {
            Participant p = service.join(lesson.joinCode(), "Ada");
            service.submit(p.id(), List.of());
            clock.advance(Duration.ofMillis(6_500));
            assertThatThrownBy(() -> service.submit(p.id(), List.of()))
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Refused.Reason.RATE_LIMITED))
                    .hasMessageContaining("One submission per 10 seconds: wait 4 s");
            clock.advance(Duration.ofMillis(3_500));
            assertThat(service.submit(p.id(), List.of()).number()).isEqualTo(2);
            assertThat(store.submissionsOf(p.id())).extracting(Submission::submittedAt)
                    .containsExactly(Instant.parse("2025-01-13T09:00:00Z"), Instant.parse("2025-01-13T09:00:10Z"));
        }

        @Test
        void theRateLimitIsPerStudent() throws Exception {
            Participant a = service.join(lesson.joinCode(), "Ada");
            Participant b = service.join(lesson.joinCode(), "Bo");
            service.submit(a.id(), List.of());
            assertThat(service.submit(b.id(), List.of()).number()).isEqualTo(1);
        }

        @Test
        void aClosedOrRevealedExerciseTakesNoSubmission() throws Exception {
            Participant p = service.join(lesson.joinCode(), "Ada");
            service.close(lesson.id());
            assertThatThrownBy(() -> service.submit(p.id(), List.of()))
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Refused.Reason.LESSON_CLOSED))
                    .hasMessageContaining("The exercise is closed");
            service.reopen(lesson.id());
            service.submit(p.id(), List.of());
            clock.advance(Duration.ofMinutes(1));
            service.reveal(lesson.id());
            assertThatThrownBy(() -> service.submit(p.id(), List.of())).hasMessageContaining("The truth has been revealed");
            assertThat(store.submissionCount(lesson.id())).isEqualTo(1);
        }

        @Test
        void refusesAccountsThatAreNotInTheExerciseAndStoresNothing() throws Exception {
            Participant p = service.join(lesson.joinCode(), "Ada");
            List<String> flagged = new ArrayList<>(ofClass(AccountClass.CAMPAIGN, 2));
            flagged.add("acct-nope");
            assertThatThrownBy(() -> service.submit(p.id(), flagged))
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Refused.Reason.INVALID))
                    .hasMessageContaining("acct-nope");
            assertThat(store.submissionCount(lesson.id())).isZero();
        }
    }

    @Nested
    class TruthAccess {
        @Test
        void beforeTheRevealAStudentGetsReceiptsButNoScoreAndNoLabels() throws Exception {
            Participant p = service.join(lesson.joinCode(), "Ada");
            service.submit(p.id(), ofClass(AccountClass.CAMPAIGN, 3));
            assertThat(service.truthFor(p.id())).isEmpty();
            assertThat(service.receipts(p.id())).containsExactly(new Receipt(Instant.parse("2025-01-13T09:00:00Z"), 3, 1));
            service.close(lesson.id());
            assertThat(service.truthFor(p.id())).as("closed is not revealed").isEmpty();
            assertThat(service.studentLesson(p.id()).truthShown()).isFalse();
        }

        @Test
        void theRevealGivesEveryLabelAndTheStudentsOutcomeAccountByAccount() throws Exception {
            Participant p = service.join(lesson.joinCode(), "Ada");
            String caught = ofClass(AccountClass.CAMPAIGN, 1).get(0);
            String alarm = ofClass(AccountClass.ORGANIC, 1).get(0);
            String missed = ofClass(AccountClass.CAMPAIGN, 2).get(1);
            service.submit(p.id(), List.of(caught, alarm));
            service.reveal(lesson.id());
            Reveal r = service.truthFor(p.id()).orElseThrow();
            assertThat(r.classes()).isEqualTo(labels());
            assertThat(r.outcome(caught)).isEqualTo(Reveal.Outcome.CAUGHT);
            assertThat(r.outcome(alarm)).isEqualTo(Reveal.Outcome.FALSE_ALARM);
            assertThat(r.outcome(missed)).isEqualTo(Reveal.Outcome.MISSED);
            assertThat(r.mistake(caught)).isFalse();
            assertThat(r.mistake(missed)).isTrue();
            assertThat(r.board()).singleElement().satisfies(row -> assertThat(row.participant().name()).isEqualTo("Ada"));
        }

        @Test
        void aLessonThatDoesNotHideTheTruthShowsItFromTheStart() throws Exception {
            Lesson open = service.create(new LessonDraft("Guided", "", "classroom-small",
                    lesson.state().withHideTruth(false), Costs.EQUAL), JSON, "alice");
            Participant p = service.join(open.joinCode(), "Ada");
            assertThat(service.truthFor(p.id())).isPresent();
        }
    }

    @Nested
    class Lessons {
        @Test
        void aCopyForNextTermHasANewCodeTheSameDataAndNoStudents() throws Exception {
            Participant p = service.join(lesson.joinCode(), "Ada");
            service.submit(p.id(), List.of());
            service.reveal(lesson.id());
            Lesson copy = service.copy(lesson.id(), "bob");
            assertThat(copy.id()).isNotEqualTo(lesson.id());
            assertThat(copy.joinCode()).isNotEqualTo(lesson.joinCode());
            assertThat(copy.status()).isEqualTo(ExerciseStatus.OPEN);
            assertThat(copy.copiedFrom()).isEqualTo(lesson.id());
            assertThat(copy.scenarioJson()).isEqualTo(lesson.scenarioJson());
            assertThat(copy.state()).isEqualTo(lesson.state());
            assertThat(service.participants(copy.id())).isEmpty();
            assertThat(service.exercise(copy.id()).truth().classes()).isEqualTo(labels());
        }

        @Test
        void theDataCannotChangeOnceSomeoneSubmittedButTheTitleCan() throws Exception {
            Participant p = service.join(lesson.joinCode(), "Ada");
            service.submit(p.id(), List.of());
            LessonDraft newSeed = new LessonDraft("Week 3", "", "classroom-small", lesson.state().withSeed(SEED + 1), Costs.EQUAL);
            assertThatThrownBy(() -> service.update(lesson.id(), newSeed, JSON)).hasMessageContaining("Copy the lesson");
            LessonDraft retitled = new LessonDraft("Week 3 (revised)", "Look at the night posts.", "classroom-small",
                    lesson.state(), new Costs(3, 1));
            assertThat(service.update(lesson.id(), retitled, JSON).title()).isEqualTo("Week 3 (revised)");
            assertThat(service.board(lesson.id()).get(0).score().cost())
                    .as("the board follows the new costs").isEqualTo(service.submissions(lesson.id()).get(0).score().cost());
        }

        @Test
        void aRevealedExerciseCannotBeReopened() {
            service.reveal(lesson.id());
            assertThatThrownBy(() -> service.reopen(lesson.id())).hasMessageContaining("cannot take submissions again");
        }

        @Test
        void aDraftWithoutTitleIsRefusedWithEveryProblem() {
            LessonDraft bad = new LessonDraft(" ", "x".repeat(LessonDraft.MAX_INSTRUCTIONS + 1), "classroom-small",
                    lesson.state(), Costs.EQUAL);
            assertThatThrownBy(() -> service.create(bad, JSON, "alice")).hasMessageContaining("title: give the lesson a title")
                    .hasMessageContaining("instructions: 10001 characters");
        }

        @Test
        void listenersHearOfEveryChangeToTheirLesson() throws Exception {
            int[] heard = {0};
            Runnable stop = service.subscribe(lesson.id(), () -> heard[0]++);
            Participant p = service.join(lesson.joinCode(), "Ada");
            service.submit(p.id(), List.of());
            service.close(lesson.id());
            stop.run();
            service.reveal(lesson.id());
            assertThat(heard[0]).isEqualTo(3);
        }
    }
}
