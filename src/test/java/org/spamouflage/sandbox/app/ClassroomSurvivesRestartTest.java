package org.spamouflage.sandbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spamouflage.sandbox.Application;
import org.spamouflage.sandbox.lesson.Board;
import org.spamouflage.sandbox.lesson.ClassroomCsv;
import org.spamouflage.sandbox.lesson.ClassroomService;
import org.spamouflage.sandbox.lesson.ExerciseStatus;
import org.spamouflage.sandbox.lesson.Lesson;
import org.spamouflage.sandbox.lesson.LessonDraft;
import org.spamouflage.sandbox.lesson.Participant;
import org.spamouflage.sandbox.lesson.Submission;
import org.spamouflage.sandbox.store.InstructorRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Lessons, students, submissions, exercise status, join codes and instructors survive a restart:
 * a second app instance on the same H2 file sees exactly what the first one stored.
 */
class ClassroomSurvivesRestartTest {

    @TempDir
    Path dir;

    private ConfigurableApplicationContext start() {
        return TestApp.start(dir, "--sandbox.classroom.submit-interval-seconds=0");
    }

    @Test
    void nothingIsLostOnRestart() throws Exception {
        Lesson lesson;
        Lesson copy;
        List<Submission> before;
        List<Board.Row> boardBefore;
        String csvBefore;
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(InstructorRepository.class).save("alice", "$2a$10$" + "a".repeat(53), Instant.now());
            LessonService lessons = first.getBean(LessonService.class);
            ClassroomService classroom = lessons.classroom();
            lesson = lessons.create(new LessonDraft("Restart", "Read the night posts first.", "classroom-small",
                    LessonDraft.exercise("x", "classroom-small", 55).state(), new org.spamouflage.sandbox.lesson.Costs(2, 1)),
                    "alice");
            lesson = classroom.rotateCode(lesson.id());
            Participant ada = classroom.join(lesson.joinCode(), "Ada");
            Participant bo = classroom.join(lesson.joinCode(), "Bo");
            var ids = classroom.exercise(lesson.id()).truth().classes().keySet().stream().limit(30).toList();
            classroom.submit(ada.id(), ids.subList(0, 10));
            classroom.submit(ada.id(), ids.subList(0, 20));
            classroom.submit(bo.id(), ids);
            lesson = classroom.close(lesson.id());
            copy = classroom.archive(classroom.copy(lesson.id(), "alice").id(), true);
            before = classroom.submissions(lesson.id());
            boardBefore = classroom.board(lesson.id());
            csvBefore = ClassroomCsv.submissions(before);
        }

        try (ConfigurableApplicationContext second = start()) {
            ClassroomService classroom = second.getBean(LessonService.class).classroom();
            assertThat(second.getBean(InstructorRepository.class).names()).containsExactly("alice");
            assertThat(classroom.lesson(lesson.id())).isEqualTo(lesson);
            assertThat(classroom.lesson(lesson.id()).status()).isEqualTo(ExerciseStatus.CLOSED);
            assertThat(classroom.lessons(true)).contains(copy);
            assertThat(classroom.lessons(false)).doesNotContain(copy);
            assertThat(classroom.participants(lesson.id())).extracting(Participant::name).containsExactly("Ada", "Bo");
            assertThat(classroom.submissions(lesson.id())).isEqualTo(before).hasSize(3);
            assertThat(classroom.board(lesson.id())).isEqualTo(boardBefore);
            assertThat(ClassroomCsv.submissions(classroom.submissions(lesson.id()))).isEqualTo(csvBefore);
            Participant cy = classroom.join(lesson.joinCode(), "Cy");
            assertThat(cy.lessonId()).as("the rotated code still works after the restart").isEqualTo(lesson.id());
        }
    }
}
