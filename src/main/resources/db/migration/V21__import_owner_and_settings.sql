-- Imports belong to someone (issue 11). owner_hash is the SHA-256 (hex) of the owner token of the
-- browser that made the import (kept in that browser's cookie and shown once as a "keep this link"
-- address); the token itself is never stored, so a copy of the database opens no import. Imports
-- made before this migration have no owner: only a signed-in instructor sees them.
--
-- detector_settings_json holds the detector settings the owner chose for the import (audience time
-- zone, windows, significance, min participation, signals and weights), in DetectorSettings' JSON;
-- NULL means the engine's defaults. "Run again" on Explore stores them here.
ALTER TABLE imported_dataset ADD COLUMN owner_hash VARCHAR(64);
ALTER TABLE imported_dataset ADD COLUMN detector_settings_json CLOB;
CREATE INDEX imported_dataset_owner ON imported_dataset (owner_hash);
