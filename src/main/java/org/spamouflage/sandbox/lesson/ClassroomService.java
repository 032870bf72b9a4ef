package org.spamouflage.sandbox.lesson;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.spamouflage.sandbox.pipeline.ResultCache;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;

/**
 * Every classroom rule in one place, enforced here rather than in the pages:
 * <ul>
 *   <li>students join with a lesson's current join code and a display name not yet taken in it;</li>
 *   <li>a submission is taken only while the exercise is open, at most one per student per
 *       {@code submitInterval}, and only with accounts of the exercise; the server scores it and
 *       keeps it with its time;</li>
 *   <li>before the truth is shown (the reveal, or a lesson that never hid it) a student gets the
 *       data ({@link ExerciseData}) and receipts, never a label, a score or the board;</li>
 *   <li>a lesson's data (scenario, seed, controls) cannot change once someone submitted: copy it.</li>
 * </ul>
 * Instructor methods take no caller: the web app lets only signed-in instructors reach them.
 * Thread-safe; listeners hear about every change to a lesson (new student, submission, status).
 */
public final class ClassroomService {
    public static final Duration DEFAULT_SUBMIT_INTERVAL = Duration.ofSeconds(10);
    /** Longest display name. */
    public static final int MAX_NAME = 40;
    /** Join-code attempts before the service gives up finding a free code (never reached in practice). */
    private static final int CODE_ATTEMPTS = 20;

    private final LessonStore store;
    private final ExerciseCache exercises;
    private final JoinCodes codes;
    private final Clock clock;
    private final Duration submitInterval;
    private final Map<Long, Object> participantLocks = new ConcurrentHashMap<>();
    private final Map<Long, Instant> lastAccepted = new ConcurrentHashMap<>();
    private final Map<Long, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private final JoinThrottle joinThrottle = JoinThrottle.defaults();

    /** A service with a cache of its own (tests, benchmarks). */
    public ClassroomService(LessonStore store, ExerciseRuns runs, JoinCodes codes, Clock clock, Duration submitInterval) {
        this(store, runs, ResultCache.ofDefaultSize(), codes, clock, submitInterval);
    }

    /** @param cache the app's one result cache, where exercises are kept (pass the pipeline's) */
    public ClassroomService(LessonStore store, ExerciseRuns runs, ResultCache cache, JoinCodes codes, Clock clock,
                            Duration submitInterval) {
        this.store = Objects.requireNonNull(store);
        this.exercises = new ExerciseCache(runs, Objects.requireNonNull(cache));
        this.codes = Objects.requireNonNull(codes);
        this.clock = Objects.requireNonNull(clock);
        if (submitInterval.isNegative()) {
            throw new IllegalArgumentException("submit interval must not be negative");
        }
        this.submitInterval = submitInterval;
    }

    public Duration submitInterval() {
        return submitInterval;
    }

    // ------------------------------------------------------------------------------- instructors

    /** Saves a new lesson with a fresh join code; {@code scenarioJson} is the named scenario as it is now. */
    public Lesson create(LessonDraft draft, String scenarioJson, String owner) {
        requireValid(draft, scenarioJson);
        Instant now = now();
        Lesson l = new Lesson(0, draft.title(), draft.instructions(), draft.scenarioName(), scenarioJson,
                draft.state(), draft.costs(), freeCode(), ExerciseStatus.OPEN, false, owner, null, now, now);
        return store.insert(l);
    }

    /**
     * Changes a lesson. Title, instructions, costs, shown panels, hidden signals and whether the
     * truth is hidden may always change; the data (scenario, seed, moved controls) only while
     * nobody has submitted.
     */
    public Lesson update(long id, LessonDraft draft, String scenarioJson) {
        requireValid(draft, scenarioJson);
        Lesson old = lesson(id);
        PlaygroundState state = draft.state();
        boolean dataChanged = !old.scenarioJson().equals(scenarioJson) || old.state().seed() != state.seed()
                || !old.state().values().equals(state.values()) || !old.scenarioName().equals(draft.scenarioName());
        if (dataChanged && store.submissionCount(id) > 0) {
            throw new Refused(Refused.Reason.INVALID, "Students have already submitted to this lesson, so its data "
                    + "(scenario, seed, scenario and detector controls) cannot change: their scores would no longer "
                    + "match. Copy the lesson and change the copy.");
        }
        Lesson l = new Lesson(id, draft.title(), draft.instructions(), draft.scenarioName(), scenarioJson, state,
                draft.costs(), old.joinCode(), old.status(), old.archived(), old.owner(), old.copiedFrom(),
                old.createdAt(), now());
        store.update(l);
        exercises.forget(id);
        changed(id);
        return l;
    }

    /** A fresh copy for next term: same scenario, seed and rules, a new code, open, no students. */
    public Lesson copy(long id, String owner) {
        Lesson old = lesson(id);
        Instant now = now();
        String title = old.title().length() > LessonDraft.MAX_TITLE - 7 ? old.title() : old.title() + " (copy)";
        return store.insert(new Lesson(0, title, old.instructions(), old.scenarioName(), old.scenarioJson(),
                old.state(), old.costs(), freeCode(), ExerciseStatus.OPEN, false, owner, old.id(), now, now));
    }

    /** Archives (kept, hidden from the list, refuses students) or brings a lesson back. */
    public Lesson archive(long id, boolean archived) {
        Lesson l = lesson(id).withArchived(archived, now());
        store.update(l);
        changed(id);
        return l;
    }

    /** A new join code: the old one stops working at once (students who joined stay in). */
    public Lesson rotateCode(long id) {
        Lesson l = lesson(id).withJoinCode(freeCode(), now());
        store.update(l);
        changed(id);
        return l;
    }

    /** Stops submissions; the truth stays hidden. */
    public Lesson close(long id) {
        return setStatus(id, ExerciseStatus.CLOSED);
    }

    /** Takes submissions again (not after the reveal: the truth is out). */
    public Lesson reopen(long id) {
        if (lesson(id).status() == ExerciseStatus.REVEALED) {
            throw new Refused(Refused.Reason.INVALID, "The truth of this lesson has been revealed; it cannot take "
                    + "submissions again. Copy the lesson for a new round.");
        }
        return setStatus(id, ExerciseStatus.OPEN);
    }

    /** Closes the exercise and shows students the truth and their mistakes. */
    public Lesson reveal(long id) {
        return setStatus(id, ExerciseStatus.REVEALED);
    }

    private Lesson setStatus(long id, ExerciseStatus status) {
        Lesson l = lesson(id).withStatus(status, now());
        store.update(l);
        changed(id);
        return l;
    }

    /** Lessons, newest first; archived ones only when asked. */
    public List<Lesson> lessons(boolean archivedToo) {
        return store.lessons().stream().filter(l -> archivedToo || !l.archived()).toList();
    }

    public Lesson lesson(long id) {
        return store.lesson(id).orElseThrow(() -> new Refused(Refused.Reason.NOT_FOUND, "There is no lesson " + id + "."));
    }

    /** The class board with the lesson's current costs. */
    public List<Board.Row> board(long lessonId) {
        Lesson l = lesson(lessonId);
        return Board.rank(store.participants(lessonId), store.submissions(lessonId), l.costs());
    }

    /** Every submission, oldest first, scored with the lesson's current costs. */
    public List<Submission> submissions(long lessonId) {
        Costs costs = lesson(lessonId).costs();
        return store.submissions(lessonId).stream().map(s -> withCosts(s, costs)).toList();
    }

    public List<Participant> participants(long lessonId) {
        return store.participants(lessonId);
    }

    /** The exercise with its truth, for the instructor's pages. */
    public Exercise exercise(long lessonId) throws InvalidScenarioException {
        return exercises.get(lesson(lessonId));
    }

    // ---------------------------------------------------------------------------------- students

    /**
     * A student joins with a code and a name.
     *
     * @throws Refused for a wrong code, an archived lesson, or a name that is empty, too long or taken
     */
    public Participant join(String typedCode, String typedName) {
        return join(typedCode, typedName, "");
    }

    /**
     * The same for one client (the web app passes the browser session), whose wrong codes are counted
     * apart from other clients' ({@link JoinThrottle}).
     *
     * @throws Refused also when this client, or the server as a whole, typed too many wrong codes lately
     */
    public Participant join(String typedCode, String typedName, String client) {
        String code = JoinCodes.normalise(typedCode);
        if (code.isEmpty()) {
            throw new Refused(Refused.Reason.WRONG_CODE, "Type the join code your instructor gave you.");
        }
        joinThrottle.check(client, now());
        Optional<Lesson> found = JoinCodes.wellFormed(code) ? store.lessonByCode(code) : Optional.empty();
        if (found.isEmpty()) {
            joinThrottle.wrongCode(client, now());
            throw new Refused(Refused.Reason.WRONG_CODE, "No lesson has the join code \"" + shown(typedCode) + "\". "
                    + "Check it with your instructor: codes have " + JoinCodes.LENGTH + " letters and digits, like "
                    + "ABCD-2345, and the instructor may have replaced it with a new one.");
        }
        Lesson lesson = found.get();
        if (lesson.archived()) {
            throw new Refused(Refused.Reason.LESSON_CLOSED, "This lesson has been archived and takes no students. "
                    + "Ask your instructor for the current code.");
        }
        String name = typedName == null ? "" : typedName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new Refused(Refused.Reason.NAME, "Type a display name: it is shown on the class board.");
        }
        if (name.length() > MAX_NAME) {
            throw new Refused(Refused.Reason.NAME, "Your name has " + name.length() + " characters; at most " + MAX_NAME
                    + " fit on the class board.");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new Refused(Refused.Reason.NAME, "Your name contains control characters; type letters, digits and spaces.");
        }
        Participant p = store.addParticipant(lesson.id(), name, now()).orElseThrow(() -> new Refused(Refused.Reason.NAME,
                "Someone in this lesson already uses the name \"" + name + "\". Add an initial or a number."));
        changed(lesson.id());
        return p;
    }

    public Participant participant(long participantId) {
        return store.participant(participantId).orElseThrow(() -> new Refused(Refused.Reason.NOT_FOUND,
                "This class session is no longer known. Join again with the code."));
    }

    /** The lesson as the student sees it. */
    public StudentLesson studentLesson(long participantId) {
        Participant p = participant(participantId);
        Lesson l = lesson(p.lessonId());
        return new StudentLesson(p, l.title(), l.instructions(), l.status(), l.acceptsSubmissions(),
                l.truthShownToStudents(), l.costs(), submitInterval.toSeconds());
    }

    /** The cache key of the student's exercise: pages built on its data name it as what they depend on. */
    public ResultCache.Key exerciseKey(long participantId) {
        return ExerciseCache.key(lesson(participant(participantId).lessonId()));
    }

    /** The data and signals of the student's exercise, without the truth. */
    public ExerciseData exerciseData(long participantId) throws InvalidScenarioException {
        Participant p = participant(participantId);
        return exercises.get(lesson(p.lessonId())).data();
    }

    /**
     * Takes, scores and stores a submission.
     *
     * @param flagged the accounts the student flags (ids of the exercise's accounts)
     * @throws Refused when the exercise is closed, the student submitted less than
     *                 {@code submitInterval} ago, or an id is not an account of the exercise
     */
    public Receipt submit(long participantId, Collection<String> flagged) throws InvalidScenarioException {
        Participant p = participant(participantId);
        Object lock = participantLocks.computeIfAbsent(participantId, k -> new Object());
        Submission stored;
        int number;
        synchronized (lock) {
            Lesson lesson = lesson(p.lessonId());
            if (!lesson.acceptsSubmissions()) {
                throw new Refused(Refused.Reason.LESSON_CLOSED, lesson.archived()
                        ? "This lesson has been archived; it takes no more submissions."
                        : "The exercise is closed: your instructor is no longer taking submissions."
                        + (lesson.status() == ExerciseStatus.REVEALED ? " The truth has been revealed." : ""));
            }
            Instant now = now();
            Instant last = lastAccepted.computeIfAbsent(participantId, k -> store.submissionsOf(k).stream()
                    .map(Submission::submittedAt).max(Instant::compareTo).orElse(Instant.MIN));
            Duration since = last.equals(Instant.MIN) ? submitInterval : Duration.between(last, now);
            if (since.compareTo(submitInterval) < 0) {
                long wait = Math.max(1, (submitInterval.minus(since).toMillis() + 999) / 1000);
                throw new Refused(Refused.Reason.RATE_LIMITED, "One submission per " + submitInterval.toSeconds()
                        + " seconds: wait " + wait + " s and submit again. Your earlier submission is kept.");
            }
            Exercise exercise = exercises.get(lesson);
            TreeSet<String> ids = new TreeSet<>();
            List<String> unknown = new ArrayList<>();
            for (String id : flagged) {
                if (exercise.truth().contains(id)) {
                    ids.add(id);
                } else if (unknown.size() < 5) {
                    unknown.add(id);
                }
            }
            if (!unknown.isEmpty()) {
                throw new Refused(Refused.Reason.INVALID, "These are not accounts of this exercise: "
                        + String.join(", ", unknown.stream().map(ClassroomService::shown).toList()) + ". Nothing was stored.");
            }
            Score score = exercise.truth().score(ids, lesson.costs());
            stored = store.addSubmission(new Submission(0, lesson.id(), participantId, p.name(), now,
                    new ArrayList<>(ids), score));
            lastAccepted.put(participantId, now);
            number = store.submissionsOf(participantId).size();
        }
        changed(p.lessonId());
        return new Receipt(stored.submittedAt(), stored.flagged().size(), number);
    }

    /** The student's submissions, oldest first, without scores. */
    public List<Receipt> receipts(long participantId) {
        List<Submission> mine = store.submissionsOf(participantId);
        List<Receipt> out = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            out.add(new Receipt(mine.get(i).submittedAt(), mine.get(i).flagged().size(), i + 1));
        }
        return out;
    }

    /** The truth for this student, once it may be shown; empty before. */
    public Optional<Reveal> truthFor(long participantId) throws InvalidScenarioException {
        Participant p = participant(participantId);
        Lesson lesson = lesson(p.lessonId());
        if (!lesson.truthShownToStudents()) {
            return Optional.empty();
        }
        Exercise exercise = exercises.get(lesson);
        List<Submission> mine = store.submissionsOf(participantId);
        Submission latest = mine.isEmpty() ? null : withCosts(mine.get(mine.size() - 1), lesson.costs());
        return Optional.of(new Reveal(exercise.truth().classes(), latest, latest == null ? null : latest.score(),
                board(lesson.id()), exercise.truth().roles()));
    }

    // ------------------------------------------------------------------------------------ events

    /** {@code listener} runs (on the changing thread) after every change to the lesson; the result unsubscribes. */
    public Runnable subscribe(long lessonId, Runnable listener) {
        listeners.computeIfAbsent(lessonId, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> {
            List<Runnable> l = listeners.get(lessonId);
            if (l != null) {
                l.remove(listener);
            }
        };
    }

    private void changed(long lessonId) {
        List<Runnable> l = listeners.get(lessonId);
        if (l == null) {
            return;
        }
        for (Runnable r : l) {
            try {
                r.run();
            } catch (RuntimeException e) {
                // A page that went away must not break a student's submission.
            }
        }
    }

    // ----------------------------------------------------------------------------------- helpers

    private void requireValid(LessonDraft draft, String scenarioJson) {
        List<String> problems = new ArrayList<>(draft.problems());
        if (scenarioJson == null || scenarioJson.isBlank()) {
            problems.add("scenario: no scenario named \"" + draft.scenarioName() + "\"");
        }
        if (!problems.isEmpty()) {
            throw new Refused(Refused.Reason.INVALID, String.join("\n", problems));
        }
    }

    private String freeCode() {
        for (int i = 0; i < CODE_ATTEMPTS; i++) {
            String c = codes.next();
            if (!store.codeInUse(c)) {
                return c;
            }
        }
        throw new IllegalStateException("no free join code after " + CODE_ATTEMPTS + " attempts");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Submission withCosts(Submission s, Costs costs) {
        Score r = s.score();
        return new Submission(s.id(), s.lessonId(), s.participantId(), s.participantName(), s.submittedAt(), s.flagged(),
                new Score(r.truePositives(), r.falsePositives(), r.falseNegatives(), r.trueNegatives(),
                        costs.of(r.falsePositives(), r.falseNegatives())));
    }

    /** User text inside a message: shortened, on one line. */
    private static String shown(String s) {
        String t = s == null ? "" : s.strip().replaceAll("\\s+", " ");
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
