-- Back to the ON DELETE CASCADE references and no archiving (see up.sql; the same
-- rebuild, outside diesel's transaction, foreign keys off while the tables are swapped).

PRAGMA foreign_keys = OFF;
BEGIN;

CREATE TABLE new_cohorts (
    id TEXT PRIMARY KEY NOT NULL,
    programme_id TEXT NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    call_opens DATE NOT NULL,
    call_closes DATE NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    visits_twin_to_host INTEGER NOT NULL,
    visits_host_to_twin INTEGER NOT NULL,
    visit_days INTEGER NOT NULL,
    min_gap_days INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    visit_modules TEXT NOT NULL DEFAULT '',
    UNIQUE (programme_id, number)
);
INSERT INTO new_cohorts (id, programme_id, number, name, call_opens, call_closes, starts_on, ends_on, visits_twin_to_host, visits_host_to_twin, visit_days, min_gap_days, created_at, updated_at, visit_modules)
    SELECT id, programme_id, number, name, call_opens, call_closes, starts_on, ends_on, visits_twin_to_host, visits_host_to_twin, visit_days, min_gap_days, created_at, updated_at, visit_modules FROM cohorts;
DROP TABLE cohorts;
ALTER TABLE new_cohorts RENAME TO cohorts;

CREATE TABLE new_city_roles (
    id TEXT PRIMARY KEY NOT NULL,
    city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('twin', 'mission', 'pilot')),
    cohort_id TEXT REFERENCES cohorts (id) ON DELETE CASCADE,
    source TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);
INSERT INTO new_city_roles (id, city_id, role, cohort_id, source, created_at)
    SELECT id, city_id, role, cohort_id, source, created_at FROM city_roles;
DROP TABLE city_roles;
ALTER TABLE new_city_roles RENAME TO city_roles;
CREATE UNIQUE INDEX city_roles_once ON city_roles (city_id, role, COALESCE(cohort_id, ''));
CREATE INDEX city_roles_by_role ON city_roles (role);

CREATE TABLE new_hosts (
    id TEXT PRIMARY KEY NOT NULL,
    cohort_id TEXT REFERENCES cohorts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('mission_city', 'pilot_activity')),
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO new_hosts (id, cohort_id, kind, name, description, created_at, updated_at)
    SELECT id, cohort_id, kind, name, description, created_at, updated_at FROM hosts;
DROP TABLE hosts;
ALTER TABLE new_hosts RENAME TO hosts;

CREATE TABLE new_profiles (
    id TEXT PRIMARY KEY NOT NULL,
    city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
    cohort_id TEXT NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('twin', 'host')),
    version INTEGER NOT NULL CHECK (version >= 1),
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
    population INTEGER,
    languages TEXT NOT NULL DEFAULT '',
    coastal BOOLEAN,
    climate_zone TEXT,
    capacity INTEGER,
    delegation_size INTEGER,
    is_example BOOLEAN NOT NULL DEFAULT FALSE,
    submitted_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    created_by TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    UNIQUE (city_id, cohort_id, role, version)
);
INSERT INTO new_profiles (id, city_id, cohort_id, role, version, status, population, languages, coastal, climate_zone, capacity, delegation_size, is_example, submitted_at, created_at, created_by, organisation)
    SELECT id, city_id, cohort_id, role, version, status, population, languages, coastal, climate_zone, capacity, delegation_size, is_example, submitted_at, created_at, created_by, organisation FROM profiles;
DROP TABLE profiles;
ALTER TABLE new_profiles RENAME TO profiles;

CREATE TABLE new_profile_interests (
    profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    host_id TEXT NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    rank INTEGER NOT NULL CHECK (rank >= 1),
    PRIMARY KEY (profile_id, host_id)
);
INSERT INTO new_profile_interests (profile_id, host_id, rank)
    SELECT profile_id, host_id, rank FROM profile_interests;
DROP TABLE profile_interests;
ALTER TABLE new_profile_interests RENAME TO profile_interests;

CREATE TABLE new_invitations (
    id TEXT PRIMARY KEY NOT NULL,
    cohort_id TEXT NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('twin', 'host')),
    email TEXT NOT NULL DEFAULT '',
    token_hash TEXT NOT NULL UNIQUE,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    sent_count INTEGER NOT NULL DEFAULT 1,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (cohort_id, city_id, role)
);
INSERT INTO new_invitations (id, cohort_id, city_id, role, email, token_hash, expires_at, revoked_at, sent_count, created_by, created_at, updated_at)
    SELECT id, cohort_id, city_id, role, email, token_hash, expires_at, revoked_at, sent_count, created_by, created_at, updated_at FROM invitations;
DROP TABLE invitations;
ALTER TABLE new_invitations RENAME TO invitations;

CREATE TABLE new_rounds (
    id TEXT PRIMARY KEY NOT NULL,
    cohort_id TEXT NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('optimal', 'feasible', 'infeasible', 'unknown')),
    settings TEXT NOT NULL,
    instance TEXT NOT NULL,
    result TEXT NOT NULL,
    report TEXT NOT NULL,
    solver_version TEXT NOT NULL,
    seconds REAL NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    parent_id TEXT,
    published_at TIMESTAMP,
    UNIQUE (cohort_id, number)
);
INSERT INTO new_rounds (id, cohort_id, number, status, settings, instance, result, report, solver_version, seconds, created_by, created_at, parent_id, published_at)
    SELECT id, cohort_id, number, status, settings, instance, result, report, solver_version, seconds, created_by, created_at, parent_id, published_at FROM rounds;
DROP TABLE rounds;
ALTER TABLE new_rounds RENAME TO rounds;

CREATE TABLE new_proposals (
    id TEXT PRIMARY KEY NOT NULL,
    cohort_id TEXT NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    twin_city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
    host_id TEXT NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    score REAL NOT NULL,
    twin_answer TEXT NOT NULL DEFAULT 'pending' CHECK (twin_answer IN ('pending', 'accepted', 'declined')),
    host_answer TEXT NOT NULL DEFAULT 'pending' CHECK (host_answer IN ('pending', 'accepted', 'declined')),
    reason TEXT NOT NULL DEFAULT '',
    superseded_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO new_proposals (id, cohort_id, round_id, twin_city_id, host_id, score, twin_answer, host_answer, reason, superseded_at, created_at, updated_at)
    SELECT id, cohort_id, round_id, twin_city_id, host_id, score, twin_answer, host_answer, reason, superseded_at, created_at, updated_at FROM proposals;
DROP TABLE proposals;
ALTER TABLE new_proposals RENAME TO proposals;
CREATE INDEX proposals_by_cohort ON proposals (cohort_id);

CREATE TABLE new_schedules (
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
INSERT INTO new_schedules (id, cohort_id, number, instance, result, solver_version, seconds, created_by, created_at, published_at)
    SELECT id, cohort_id, number, instance, result, solver_version, seconds, created_by, created_at, published_at FROM schedules;
DROP TABLE schedules;
ALTER TABLE new_schedules RENAME TO schedules;

CREATE TABLE new_visits (
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
INSERT INTO new_visits (id, cohort_id, proposal_id, twin_city_id, host_id, guest_city_id, host_city_id, direction, position, days, window_start, window_end, starts_on, ends_on, status, reason, sequence, published_status, published_starts_on, published_ends_on, created_at, updated_at)
    SELECT id, cohort_id, proposal_id, twin_city_id, host_id, guest_city_id, host_city_id, direction, position, days, window_start, window_end, starts_on, ends_on, status, reason, sequence, published_status, published_starts_on, published_ends_on, created_at, updated_at FROM visits;
DROP TABLE visits;
ALTER TABLE new_visits RENAME TO visits;
CREATE INDEX visits_by_cohort ON visits (cohort_id);

CREATE TABLE new_visit_changes (
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
INSERT INTO new_visit_changes (id, visit_id, cohort_id, kind, sequence, old_starts_on, old_ends_on, new_starts_on, new_ends_on, created_at, notified_at)
    SELECT id, visit_id, cohort_id, kind, sequence, old_starts_on, old_ends_on, new_starts_on, new_ends_on, created_at, notified_at FROM visit_changes;
DROP TABLE visit_changes;
ALTER TABLE new_visit_changes RENAME TO visit_changes;
CREATE INDEX visit_changes_to_notify ON visit_changes (notified_at);

CREATE TABLE new_outbox (
    id TEXT PRIMARY KEY NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('invitation', 'proposal', 'schedule', 'test')),
    cohort_id TEXT REFERENCES cohorts (id) ON DELETE CASCADE,
    about_id TEXT NOT NULL,
    visit_id TEXT REFERENCES visits (id) ON DELETE CASCADE,
    recipient TEXT NOT NULL,
    recipient_name TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    calendar TEXT,
    calendar_method TEXT,
    secret TEXT,
    status TEXT NOT NULL CHECK (status IN ('queued', 'retrying', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    claimed_until TIMESTAMP,
    last_error TEXT NOT NULL DEFAULT '',
    delivered_as TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO new_outbox (id, message_id, kind, cohort_id, about_id, visit_id, recipient, recipient_name, language, subject, body_text, body_html, calendar, calendar_method, secret, status, attempts, next_attempt_at, claimed_until, last_error, delivered_as, created_by, created_at, sent_at, updated_at)
    SELECT id, message_id, kind, cohort_id, about_id, visit_id, recipient, recipient_name, language, subject, body_text, body_html, calendar, calendar_method, secret, status, attempts, next_attempt_at, claimed_until, last_error, delivered_as, created_by, created_at, sent_at, updated_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE new_outbox RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_cohort ON outbox (cohort_id, created_at);
CREATE INDEX outbox_about ON outbox (about_id);
ALTER TABLE programmes DROP COLUMN archived_at;

COMMIT;
PRAGMA foreign_keys = ON;
