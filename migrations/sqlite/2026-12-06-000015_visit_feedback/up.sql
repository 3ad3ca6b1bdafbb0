-- Feedback after each visit (issue 25, part 2): one row per visit and side (the visiting
-- city and the receiving city), editable until the cohort ends. The practices a side
-- means to replicate are the ids (`domain:lever`) of the host's practices on the theme
-- taxonomy, comma-separated, checked against the host's submitted profile when saved.
-- Like the rest of the programme's history, a visit or a city with feedback cannot be
-- deleted (RESTRICT).
CREATE TABLE visit_feedback (
    id TEXT PRIMARY KEY NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visits (id) ON DELETE RESTRICT,
    city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE RESTRICT,
    usefulness INTEGER NOT NULL CHECK (usefulness BETWEEN 1 AND 5),
    learnt TEXT NOT NULL,
    practices TEXT NOT NULL DEFAULT '',
    recommend BOOLEAN NOT NULL,
    follow_up TEXT NOT NULL CHECK (follow_up IN ('online', 'visit', 'none')),
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (visit_id, city_id)
);
CREATE INDEX visit_feedback_by_city ON visit_feedback (city_id);
