-- Publishing a round: its pairs become proposals that both cities accept or decline from
-- their links. A re-match round names the round it starts from.

ALTER TABLE rounds ADD COLUMN parent_id TEXT;
ALTER TABLE rounds ADD COLUMN published_at TIMESTAMP;

CREATE TABLE proposals (
    id TEXT PRIMARY KEY NOT NULL,
    cohort_id TEXT NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    twin_city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
    host_id TEXT NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    score DOUBLE PRECISION NOT NULL,
    twin_answer TEXT NOT NULL DEFAULT 'pending' CHECK (twin_answer IN ('pending', 'accepted', 'declined')),
    host_answer TEXT NOT NULL DEFAULT 'pending' CHECK (host_answer IN ('pending', 'accepted', 'declined')),
    reason TEXT NOT NULL DEFAULT '',
    superseded_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX proposals_by_cohort ON proposals (cohort_id);
