-- Visit scheduling: which module each visit of a pair falls in, the planning runs, the
-- visits with their dates and agenda, and what changed when a schedule was published.

-- Module position (from 1) of each visit of a pair in its order (Twin's first trip, the
-- host's first visit back, the Twin's second trip, ...), comma-separated; empty: any
-- time in the cohort.
ALTER TABLE cohorts ADD COLUMN visit_modules TEXT NOT NULL DEFAULT '';

CREATE TABLE schedules (
    id TEXT PRIMARY KEY NOT NULL,
    cohort_id TEXT NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    instance TEXT NOT NULL,
    result TEXT NOT NULL,
    solver_version TEXT NOT NULL,
    seconds REAL NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    published_at TIMESTAMP,
    UNIQUE (cohort_id, number)
);

CREATE TABLE visits (
    id TEXT PRIMARY KEY NOT NULL,
    cohort_id TEXT NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    proposal_id TEXT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    twin_city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
    host_id TEXT NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    guest_city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
    host_city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('outward', 'return')),
    position INTEGER NOT NULL CHECK (position >= 1),
    days INTEGER NOT NULL CHECK (days >= 1),
    window_start DATE NOT NULL,
    window_end DATE NOT NULL,
    starts_on DATE,
    ends_on DATE,
    status TEXT NOT NULL CHECK (status IN ('unplaced', 'draft', 'planned', 'confirmed', 'cancelled')),
    reason TEXT NOT NULL DEFAULT '',
    sequence INTEGER NOT NULL DEFAULT 0,
    published_status TEXT,
    published_starts_on DATE,
    published_ends_on DATE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (proposal_id, direction, position)
);
CREATE INDEX visits_by_cohort ON visits (cohort_id);

CREATE TABLE visit_agenda (
    id TEXT PRIMARY KEY NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    day INTEGER NOT NULL CHECK (day >= 1),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    UNIQUE (visit_id, day, position)
);

CREATE TABLE visit_changes (
    id TEXT PRIMARY KEY NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    cohort_id TEXT NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('planned', 'moved', 'cancelled')),
    sequence INTEGER NOT NULL,
    old_starts_on DATE,
    old_ends_on DATE,
    new_starts_on DATE,
    new_ends_on DATE,
    created_at TIMESTAMP NOT NULL,
    notified_at TIMESTAMP
);
CREATE INDEX visit_changes_to_notify ON visit_changes (notified_at);
