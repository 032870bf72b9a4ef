package org.spamouflage.sandbox.security;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spamouflage.sandbox.store.InstructorRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The instructor given in configuration, for installs where nobody runs the command line:
 * {@code sandbox.instructor.name} and {@code sandbox.instructor.password-hash} (a BCrypt hash, e.g.
 * from {@code instructor hash}; never a password). At start-up that instructor is created, or their
 * hash replaced. Nothing is created when the properties are absent: no default password ships.
 */
@Component
public class InstructorFromConfig implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(InstructorFromConfig.class);
    private final InstructorRepository instructors;
    private final String name;
    private final String hash;

    public InstructorFromConfig(InstructorRepository instructors, @Value("${sandbox.instructor.name:}") String name,
                                @Value("${sandbox.instructor.password-hash:}") String hash) {
        this.instructors = instructors;
        this.name = name.strip();
        this.hash = hash.strip();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (name.isEmpty() && hash.isEmpty()) {
            return;
        }
        if (name.isEmpty() || hash.isEmpty()) {
            LOG.error("sandbox.instructor.name and sandbox.instructor.password-hash must be set together; no "
                    + "instructor was created from configuration");
            return;
        }
        String bcrypt = PasswordHashes.bcryptOrNull(hash);
        if (bcrypt == null) {
            LOG.error("sandbox.instructor.password-hash is not a BCrypt hash ($2a$10$ followed by 53 characters); "
                    + "make one with 'instructor hash'. No instructor was created from configuration");
            return;
        }
        String problem = InstructorNames.problem(name);
        if (problem != null) {
            LOG.error("sandbox.instructor.name: {}; no instructor was created from configuration", problem);
            return;
        }
        instructors.save(name, bcrypt, Instant.now());
        LOG.info("Instructor '{}' set from configuration", name);
    }
}
