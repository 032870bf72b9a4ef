-- The Playground state (lesson-link query) a run was saved from, so re-opening restores the same
-- screen; null for runs saved elsewhere (they re-open from their scenario JSON and settings).
ALTER TABLE run ADD COLUMN playground_query VARCHAR(8000);
