package org.spamouflage.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spamouflage.sandbox.app.LessonService;
import org.spamouflage.sandbox.lesson.Board;
import org.spamouflage.sandbox.lesson.Lesson;
import org.spamouflage.sandbox.security.PasswordHashes;
import org.spamouflage.sandbox.store.InstructorRepository;
import org.spamouflage.sandbox.ui.lesson.TruthScan;
import org.spamouflage.sandbox.report.Fmt;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole classroom flow with two browsers: the instructor signs in and creates an exercise, a
 * student (a second browser, its own session) joins by code, flags by threshold and submits, the
 * instructor's board shows the score, the instructor reveals, and push brings the truth to the
 * student. Before the reveal, everything the student's browser received (the page, every HTTP
 * response and every push frame, from Chrome's network log) is checked for labels.
 */
class ClassroomIT extends BrowserTestBase {
    static final String PASSWORD = "correct horse battery staple";
    private static ChromeDriver student;
    private static Path studentProfile;

    @Autowired
    InstructorRepository instructors;
    @Autowired
    LessonService lessons;

    @BeforeAll
    static void startStudentBrowser() {
        studentProfile = tempDir("sandbox-chromium-student-");
        student = startChrome(studentProfile, true);
    }

    @AfterAll
    static void stopStudentBrowser() {
        if (student != null) {
            student.quit();
            student = null;
        }
        deleteQuietly(studentProfile);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Object js(ChromeDriver d, String script, Object... args) {
        return ((JavascriptExecutor) d).executeScript(script, args);
    }

    private static void waitFor(ChromeDriver d, String message, Supplier<Boolean> condition) {
        try {
            new WebDriverWait(d, TIMEOUT).until(x -> condition.get());
        } catch (TimeoutException e) {
            throw new AssertionError(message + " within " + TIMEOUT.toSeconds() + " s (at " + d.getCurrentUrl() + ")", e);
        }
    }

    private static void vaadinIdle(ChromeDriver d) {
        waitFor(d, "Vaadin did not settle", () -> Boolean.TRUE.equals(js(d, """
                var flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients || Object.keys(flow.clients).length === 0) return false;
                return Object.keys(flow.clients).every(function (k) {
                  var c = flow.clients[k]; return !(c.isActive && c.isActive()); });
                """)));
    }

    private static String text(ChromeDriver d, String id) {
        return String.valueOf(js(d, "var e = document.getElementById(arguments[0]); return e ? e.textContent : '';", id));
    }

    /** Types into the native input of a Vaadin field (light DOM, slot "input"). */
    private static void type(ChromeDriver d, String fieldId, String value) {
        WebElement input = d.findElement(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
    }

    private static void click(ChromeDriver d, String id) {
        d.findElement(By.id(id)).click();
    }

    private static void shot(ChromeDriver d, String name) throws Exception {
        java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
        java.nio.file.Files.copy(d.getScreenshotAs(OutputType.FILE).toPath(),
                Path.of("target", "screenshots", name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void instructorRunsAnExerciseAndAStudentSeesTheTruthOnlyAfterTheReveal() throws Exception {
        instructors.save("teacher", PasswordHashes.encoder().encode(PASSWORD), Instant.now());

        // Instructor: instructor pages ask for sign-in; sign in; create an exercise.
        driver.get(url("/lessons"));
        vaadinIdle(driver);
        waitFor(driver, "the sign-in page did not open", () -> driver.getCurrentUrl().endsWith("/login"));
        driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys("teacher");
        WebElement pw = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pw.sendKeys(PASSWORD);
        pw.sendKeys(Keys.ENTER);
        waitFor(driver, "sign-in did not lead to the lessons", () -> driver.getCurrentUrl().matches(".*/lessons(\\?.*)?$"));
        vaadinIdle(driver);
        click(driver, "new-lesson");
        waitFor(driver, "the lesson form did not open", () -> driver.getCurrentUrl().endsWith("/lessons/new"));
        vaadinIdle(driver);
        type(driver, "lesson-title", "Week 5: who is coordinating?");
        type(driver, "lesson-instructions", "Flag the accounts you think belong to the operation, then submit.");
        type(driver, "lesson-seed", "80211");
        vaadinIdle(driver);
        shot(driver, "lesson-edit");
        click(driver, "lesson-save");
        waitFor(driver, "the lesson page did not open", () -> driver.getCurrentUrl().matches(".*/lessons/\\d+$"));
        vaadinIdle(driver);
        String code = text(driver, "join-code-shown");
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        long lessonId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/lessons/", ""));
        Lesson lesson = lessons.classroom().lesson(lessonId);
        assertThat(lesson.state().hideTruth()).isTrue();

        // Student (second browser): instructor pages are refused; join by code; flag by threshold; submit.
        student.get(url("/lessons/" + lessonId));
        vaadinIdle(student);
        waitFor(student, "the student was not sent to sign-in", () -> student.getCurrentUrl().endsWith("/login"));
        assertThat(text(student, "join-code-shown")).isEmpty();
        student.get(url("/join?code=" + code.replace("-", "")));
        vaadinIdle(student);
        type(student, "join-name", "Grace H.");
        click(student, "join-button");
        waitFor(student, "the exercise did not open", () -> student.getCurrentUrl().endsWith("/exercise"));
        waitFor(student, "the exercise data did not arrive", () -> text(student, "submit").startsWith("Submit 0"));
        type(student, "exercise-threshold", "0.3");
        vaadinIdle(student);
        click(student, "flag-above");
        vaadinIdle(student);
        int flagged = lessons.page(lessons.classroom().participants(lessonId).get(0).id()).atOrAbove(0.3).size();
        waitFor(student, "the flags did not reach the page", () -> text(student, "submit").equals(
                "Submit " + flagged + " flagged accounts"));
        click(student, "submit");
        waitFor(student, "the submission was not confirmed",
                () -> text(student, "exercise-message").startsWith("Submission #1 received"));
        vaadinIdle(student);
        shot(student, "exercise-student");

        // Everything the student's browser got so far carries no label.
        String received = student.getPageSource() + "\n" + networkText(student);
        assertThat(received).contains("Grace H.").contains("flag-table");
        TruthScan.assertNoLabel(received, lessons.classroom().exercise(lessonId).data().dataset());

        // Instructor: the board shows the score, live.
        Board.Row row = lessons.classroom().board(lessonId).get(0);
        String f1 = Fmt.num(row.score().f1(), 3);
        waitFor(driver, "the board did not show the student's score",
                () -> text(driver, "board").contains("Grace H.") && text(driver, "board").contains(f1));
        shot(driver, "lesson");

        // Instructor reveals; push brings the truth to the student.
        click(driver, "reveal-truth");
        waitFor(driver, "the confirm dialog did not open",
                () -> !driver.findElements(By.cssSelector("vaadin-button[slot='confirm-button']")).isEmpty());
        driver.findElement(By.cssSelector("vaadin-button[slot='confirm-button']")).click();
        waitFor(driver, "the lesson did not say revealed", () -> text(driver, "lesson-status").startsWith("revealed"));
        waitFor(student, "the student did not see the truth",
                () -> text(student, "reveal-score").contains(row.score().truePositives() + " caught"));
        waitFor(student, "the table did not gain the truth", () -> text(student, "flag-table").contains("Your latest submission"));
        assertThat(text(student, "student-board")).contains("Grace H.").contains(f1);
        vaadinIdle(student);
        shot(student, "exercise-revealed");
        // The same page in French: the header switch reloads it in the other language.
        click(student, "language-switch");
        waitFor(student, "the exercise did not come back in French",
                () -> "fr".equals(student.executeScript("return document.documentElement.getAttribute('lang');"))
                        && text(student, "reveal-score").contains("détectés"));
        vaadinIdle(student);
        shot(student, "exercise-revealed-fr");
        assertThat(networkText(student)).as("after the reveal the labels do arrive").containsPattern("campaign|organic");
        assertThat(applicationLog().lines().filter(l -> l.contains("bundle build is needed")).toList()).isEmpty();

        driver.get(url("/lessons"));
        vaadinIdle(driver);
        shot(driver, "lessons");
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Bodies of every page and server response (HTML, Vaadin's JSON messages, downloads) and every
     * WebSocket frame the browser received since the last call. Static scripts and style sheets are
     * left out: they are files of the jar, the same for every user and lesson.
     */
    private static String networkText(ChromeDriver d) throws Exception {
        List<String> out = new ArrayList<>();
        Map<String, String> urls = new java.util.HashMap<>();
        for (LogEntry e : d.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode msg = JSON.readTree(e.getMessage()).path("message");
            String method = msg.path("method").asText();
            JsonNode params = msg.path("params");
            if ("Network.responseReceived".equals(method)) {
                urls.put(params.path("requestId").asText(), params.path("response").path("url").asText()
                        + " " + params.path("response").path("mimeType").asText());
            } else if ("Network.webSocketFrameReceived".equals(method)) {
                out.add(params.path("response").path("payloadData").asText());
            } else if ("Network.loadingFinished".equals(method)) {
                String what = urls.getOrDefault(params.path("requestId").asText(), "");
                if (what.contains("javascript") || what.contains("text/css") || what.contains("image/")
                        || what.contains("font")) {
                    continue;
                }
                try {
                    Map<String, Object> body = d.executeCdpCommand("Network.getResponseBody",
                            Map.of("requestId", params.path("requestId").asText()));
                    if (!Boolean.TRUE.equals(body.get("base64Encoded"))) {
                        out.add(String.valueOf(body.get("body")));
                    }
                } catch (RuntimeException gone) {
                    // bodies of redirects and evicted resources cannot be read; they carry no page data
                }
            }
        }
        return String.join("\n", out);
    }
}
