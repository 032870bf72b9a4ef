CREATE TABLE saved_scenario (
    name VARCHAR(200) PRIMARY KEY,
    json CLOB NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
