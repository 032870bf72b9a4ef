-- Classroom: instructors (BCrypt hashes only), lessons with their hidden-truth exercise, students
-- who joined with a code and a display name, and every submission with its score and time.
CREATE TABLE instructor (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(80) NOT NULL UNIQUE,
    password_hash VARCHAR(200) NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE lesson (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    instructions CLOB NOT NULL,
    -- the scenario as it was when the lesson was saved, so the lesson runs the same next term
    scenario_name VARCHAR(200) NOT NULL,
    scenario_json CLOB NOT NULL,
    -- the Playground state (lesson-link query: seed, controls, locked/hidden, panels, truth)
    playground_query VARCHAR(8000) NOT NULL,
    cost_false_positive DOUBLE PRECISION NOT NULL,
    cost_false_negative DOUBLE PRECISION NOT NULL,
    join_code VARCHAR(16) NOT NULL UNIQUE,
    status VARCHAR(16) NOT NULL,
    archived BOOLEAN NOT NULL,
    owner VARCHAR(80) NOT NULL,
    copied_from BIGINT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE participant (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    lesson_id BIGINT NOT NULL REFERENCES lesson (id),
    display_name VARCHAR(80) NOT NULL,
    joined_at TIMESTAMP NOT NULL,
    CONSTRAINT participant_name_unique UNIQUE (lesson_id, display_name)
);

CREATE TABLE submission (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    lesson_id BIGINT NOT NULL REFERENCES lesson (id),
    participant_id BIGINT NOT NULL REFERENCES participant (id),
    submitted_at TIMESTAMP(3) NOT NULL,
    flagged CLOB NOT NULL,
    flagged_count INT NOT NULL,
    true_positives INT NOT NULL,
    false_positives INT NOT NULL,
    false_negatives INT NOT NULL,
    true_negatives INT NOT NULL
);

CREATE INDEX submission_lesson ON submission (lesson_id, participant_id, submitted_at);
