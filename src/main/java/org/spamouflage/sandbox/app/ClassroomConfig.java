package org.spamouflage.sandbox.app;

import java.time.Clock;
import java.time.Duration;
import org.spamouflage.sandbox.lesson.ClassroomService;
import org.spamouflage.sandbox.lesson.JoinCodes;
import org.spamouflage.sandbox.pipeline.ResultCache;
import org.spamouflage.sandbox.store.JdbcLessonStore;
import org.spamouflage.sandbox.pipeline.RunSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The classroom's rules over the database and the app's pipeline. Join codes come from a
 * {@link java.security.SecureRandom}; {@code sandbox.classroom.submit-interval-seconds} (default
 * 10) is the shortest time between two submissions of one student.
 */
@Configuration
public class ClassroomConfig {

    @Bean
    public ClassroomService classroomService(JdbcLessonStore store, RunSource runs, ResultCache cache,
                                             @Value("${sandbox.classroom.submit-interval-seconds:10}") long interval) {
        return new ClassroomService(store, runs::run, cache, JoinCodes.secure(), Clock.systemUTC(),
                Duration.ofSeconds(interval));
    }
}
