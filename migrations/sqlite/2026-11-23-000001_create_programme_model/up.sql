-- The whole programme model: cities and their roles, hosts, themes, programmes, cohorts,
-- calendar, contacts, versioned profiles, managers and the audit log.

CREATE TABLE cities (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    population INTEGER NOT NULL CHECK (population >= 0),
    organisation TEXT,
    languages TEXT NOT NULL DEFAULT '',
    coastal BOOLEAN,
    climate_zone TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (name, country)
);

CREATE TABLE programmes (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE cohorts (
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
    UNIQUE (programme_id, number)
);

CREATE TABLE modules (
    id TEXT PRIMARY KEY NOT NULL,
    cohort_id TEXT NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    UNIQUE (cohort_id, position)
);

CREATE TABLE city_roles (
    id TEXT PRIMARY KEY NOT NULL,
    city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('twin', 'mission', 'pilot')),
    cohort_id TEXT REFERENCES cohorts (id) ON DELETE CASCADE,
    source TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX city_roles_once ON city_roles (city_id, role, COALESCE(cohort_id, ''));
CREATE INDEX city_roles_by_role ON city_roles (role);

CREATE TABLE hosts (
    id TEXT PRIMARY KEY NOT NULL,
    cohort_id TEXT REFERENCES cohorts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('mission_city', 'pilot_activity')),
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE host_cities (
    host_id TEXT NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE RESTRICT,
    PRIMARY KEY (host_id, city_id)
);

CREATE TABLE themes (
    id TEXT PRIMARY KEY NOT NULL,
    axis TEXT NOT NULL CHECK (axis IN ('domain', 'lever')),
    label TEXT NOT NULL,
    position INTEGER NOT NULL
);

INSERT INTO themes (id, axis, label, position) VALUES
    ('energy', 'domain', 'Energy', 1),
    ('buildings', 'domain', 'Buildings', 2),
    ('mobility', 'domain', 'Mobility and transport', 3),
    ('waste', 'domain', 'Waste and circular economy', 4),
    ('nature', 'domain', 'Land use and nature-based solutions', 5),
    ('industry', 'domain', 'Industrial processes', 6),
    ('governance', 'lever', 'Governance and policy', 1),
    ('finance', 'lever', 'Finance and funding', 2),
    ('technology', 'lever', 'Technology and infrastructure', 3),
    ('social-innovation', 'lever', 'Social innovation', 4),
    ('participation', 'lever', 'Democratic participation', 5),
    ('data', 'lever', 'Data and digital', 6),
    ('learning', 'lever', 'Learning and capabilities', 7);

CREATE TABLE calendar_events (
    id TEXT PRIMARY KEY NOT NULL,
    programme_id TEXT REFERENCES programmes (id) ON DELETE CASCADE,
    cohort_id TEXT REFERENCES cohorts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('blackout', 'conference')),
    label TEXT NOT NULL,
    location TEXT,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

INSERT INTO calendar_events (id, kind, label, location, starts_on, ends_on, created_at, updated_at) VALUES
    ('conference-2023', 'conference', 'Cities Mission conference', 'Brussels', '2023-06-26', '2023-06-27', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('conference-2024', 'conference', 'Cities Mission conference', 'Valencia', '2024-06-25', '2024-06-26', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('conference-2025', 'conference', 'Cities Mission conference', 'Vilnius', '2025-05-06', '2025-05-08', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('conference-2026', 'conference', 'Cities Mission conference', 'Turin', '2026-05-27', '2026-05-29', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

CREATE TABLE contacts (
    id TEXT PRIMARY KEY NOT NULL,
    city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (city_id, email)
);

CREATE TABLE profiles (
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
    UNIQUE (city_id, cohort_id, role, version)
);

CREATE TABLE profile_themes (
    id TEXT PRIMARY KEY NOT NULL,
    profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('need', 'strength')),
    domain TEXT NOT NULL REFERENCES themes (id),
    lever TEXT NOT NULL REFERENCES themes (id),
    priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 3),
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE profile_interests (
    profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    host_id TEXT NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    rank INTEGER NOT NULL CHECK (rank >= 1),
    PRIMARY KEY (profile_id, host_id)
);

CREATE TABLE profile_unavailability (
    id TEXT PRIMARY KEY NOT NULL,
    profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    applies_to TEXT NOT NULL CHECK (applies_to IN ('travel', 'host', 'both')),
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    label TEXT NOT NULL DEFAULT ''
);

CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE audit_log (
    id TEXT PRIMARY KEY NOT NULL,
    at TIMESTAMP NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);
