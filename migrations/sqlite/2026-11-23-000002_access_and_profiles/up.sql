-- Access (manager sessions, API tokens, invitations) and the parts of a profile the
-- forms need (organisation, the participants of each version).

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);

CREATE TABLE invitations (
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

ALTER TABLE profiles ADD COLUMN organisation TEXT NOT NULL DEFAULT '';

CREATE TABLE profile_contacts (
    id TEXT PRIMARY KEY NOT NULL,
    profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en'
);
CREATE INDEX profile_contacts_by_profile ON profile_contacts (profile_id);
CREATE INDEX profile_themes_by_profile ON profile_themes (profile_id);
CREATE INDEX profile_unavailability_by_profile ON profile_unavailability (profile_id);
