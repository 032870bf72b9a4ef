CREATE TABLE run (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    scenario_name VARCHAR(200) NOT NULL,
    scenario_json CLOB NOT NULL,
    seed BIGINT NOT NULL,
    settings_json CLOB NOT NULL,
    engine_version VARCHAR(40) NOT NULL,
    summary_json CLOB NOT NULL,
    created_at TIMESTAMP NOT NULL
);
