-- Matching rounds: each stored with the exact solver instance, the result, the report the
-- pages show (pairs with their score parts and explanations, why-nots, alternates,
-- blocking pairs), the solver version, the time taken and the manager.

CREATE TABLE rounds (
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
    UNIQUE (cohort_id, number)
);
