-- A Replication Plan per Twin City and cohort (issue 25, part 3): how the Twin embeds what
-- it learnt from its host's practices. Versioned like profiles: each row is a version; the
-- city edits its latest draft and submits it; a manager reviews the latest submitted
-- version (comment, accept or ask for changes), and the city then starts a new version.
-- Like the rest of the programme's history, a plan keeps its cohort, city and pair
-- (RESTRICT).
CREATE TABLE replication_plans (
    id TEXT PRIMARY KEY NOT NULL,
    cohort_id TEXT NOT NULL REFERENCES cohorts (id) ON DELETE RESTRICT,
    city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE RESTRICT,
    proposal_id TEXT NOT NULL REFERENCES proposals (id) ON DELETE RESTRICT,
    host_id TEXT NOT NULL REFERENCES hosts (id) ON DELETE RESTRICT,
    version INTEGER NOT NULL CHECK (version >= 1),
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'changes_requested', 'accepted')),
    comment TEXT NOT NULL DEFAULT '',
    reviewed_by TEXT,
    reviewed_at TIMESTAMP,
    submitted_at TIMESTAMP,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (cohort_id, city_id, version)
);
CREATE INDEX replication_plans_by_city ON replication_plans (city_id);

-- The actions of one version, in the city's order. The practice is the id
-- (`domain:lever`) of one of the host's practices, checked against the host's submitted
-- profile when saved; the budget is in whole euros.
CREATE TABLE plan_actions (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL REFERENCES replication_plans (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    title TEXT NOT NULL,
    practice TEXT NOT NULL,
    owner TEXT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    budget_eur INTEGER NOT NULL CHECK (budget_eur >= 0),
    status TEXT NOT NULL CHECK (status IN ('planned', 'started', 'done', 'dropped')),
    indicator TEXT NOT NULL,
    target_value DOUBLE PRECISION NOT NULL,
    target_unit TEXT NOT NULL DEFAULT '',
    CHECK (ends_on >= starts_on),
    UNIQUE (plan_id, position)
);

-- A kind of email more: 'plan', the letters of a plan's submission and review.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check,
    ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('invitation', 'proposal', 'schedule', 'test', 'receipt', 'reminder', 'plan'));
