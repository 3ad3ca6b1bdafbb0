-- Travel costs (issue 25, part 4). A cohort may set a reimbursement cap per traveller and
-- visit, in euro cents (NULL: no cap). The travelling city of a published visit records
-- what it actually spent on it: one row per visit, replaced by an edit until the cohort
-- is archived. Like the rest of the programme's history, a visit or a city with recorded
-- costs cannot be deleted (RESTRICT).
ALTER TABLE cohorts ADD COLUMN reimbursement_cap_cents INTEGER
    CHECK (reimbursement_cap_cents BETWEEN 0 AND 10000000);
CREATE TABLE visit_costs (
    visit_id TEXT PRIMARY KEY NOT NULL REFERENCES visits (id) ON DELETE RESTRICT,
    city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE RESTRICT,
    amount_cents INTEGER NOT NULL CHECK (amount_cents BETWEEN 0 AND 100000000),
    note TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX visit_costs_by_city ON visit_costs (city_id);
