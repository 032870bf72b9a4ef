package org.spamouflage.sandbox.lesson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link LessonStore} in memory, for fast tests of the rules (the JDBC one is tested against H2). */
public final class MemoryLessonStore implements LessonStore {
    private final TreeMap<Long, Lesson> lessons = new TreeMap<>();
    private final TreeMap<Long, Participant> participants = new TreeMap<>();
    private final List<Submission> submissions = new ArrayList<>();
    private long next = 1;

    @Override
    public synchronized Lesson insert(Lesson lesson) {
        Lesson l = lesson.withId(next++);
        lessons.put(l.id(), l);
        return l;
    }

    @Override
    public synchronized void update(Lesson lesson) {
        lessons.put(lesson.id(), lesson);
    }

    @Override
    public synchronized Optional<Lesson> lesson(long id) {
        return Optional.ofNullable(lessons.get(id));
    }

    @Override
    public synchronized Optional<Lesson> lessonByCode(String joinCode) {
        return lessons.values().stream().filter(l -> l.joinCode().equals(joinCode)).findFirst();
    }

    @Override
    public synchronized List<Lesson> lessons() {
        return lessons.descendingMap().values().stream().toList();
    }

    @Override
    public synchronized boolean codeInUse(String joinCode) {
        return lessonByCode(joinCode).isPresent();
    }

    @Override
    public synchronized Optional<Participant> addParticipant(long lessonId, String name, Instant joinedAt) {
        boolean taken = participants.values().stream().anyMatch(p -> p.lessonId() == lessonId
                && p.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
        if (taken) {
            return Optional.empty();
        }
        Participant p = new Participant(next++, lessonId, name, joinedAt);
        participants.put(p.id(), p);
        return Optional.of(p);
    }

    @Override
    public synchronized Optional<Participant> participant(long id) {
        return Optional.ofNullable(participants.get(id));
    }

    @Override
    public synchronized List<Participant> participants(long lessonId) {
        return participants.values().stream().filter(p -> p.lessonId() == lessonId).toList();
    }

    @Override
    public synchronized Submission addSubmission(Submission s) {
        Submission stored = new Submission(next++, s.lessonId(), s.participantId(), s.participantName(), s.submittedAt(),
                s.flagged(), s.score());
        submissions.add(stored);
        return stored;
    }

    @Override
    public synchronized List<Submission> submissions(long lessonId) {
        return submissions.stream().filter(s -> s.lessonId() == lessonId)
                .sorted(Comparator.comparing(Submission::submittedAt).thenComparingLong(Submission::id)).toList();
    }

    @Override
    public synchronized List<Submission> submissionsOf(long participantId) {
        return submissions.stream().filter(s -> s.participantId() == participantId)
                .sorted(Comparator.comparing(Submission::submittedAt).thenComparingLong(Submission::id)).toList();
    }

    @Override
    public synchronized int submissionCount(long lessonId) {
        return (int) submissions.stream().filter(s -> s.lessonId() == lessonId).count();
    }
}
