-- Datasets imported from the web app's Import page. The upload itself is kept (gzip-compressed
-- unless it already was gzip) with the settings it was imported with; opening one re-imports it,
-- which is deterministic, so the dataset is the same on every open. Keeping the upload rather
-- than the parsed dataset keeps the source exactly as the user gave it (it can be downloaded
-- again) and is smaller than the dataset folder's JSON Lines. The counts are those of the first
-- import, so a later importer that reads the file differently is noticed.
-- (Version 20 leaves room for migrations added on other branches.)
CREATE TABLE imported_dataset (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    file_name VARCHAR(500) NOT NULL,
    preset VARCHAR(40) NOT NULL,
    settings_json CLOB NOT NULL,
    accepted_rows INT NOT NULL,
    rejected_rows INT NOT NULL,
    accounts INT NOT NULL,
    posts INT NOT NULL,
    labelled BOOLEAN NOT NULL,
    truncated BOOLEAN NOT NULL,
    upload_bytes BIGINT NOT NULL,
    stored_bytes BIGINT NOT NULL,
    gzip_added BOOLEAN NOT NULL,
    engine_version VARCHAR(40) NOT NULL,
    data BLOB NOT NULL,
    created_at TIMESTAMP NOT NULL
);
