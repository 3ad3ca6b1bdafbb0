-- What the database itself holds true of pairs, whatever the code does:
-- one live proposal per Twin and host in a cohort (a publish racing another left
-- duplicates before publishes took the cohort's lock: the later ones are superseded), and
-- no visit from a city to itself (NOT VALID: a self-visit left by the old bug stays
-- readable; every new or changed row is checked).
UPDATE proposals SET superseded_at = CURRENT_TIMESTAMP
WHERE superseded_at IS NULL
  AND id NOT IN (
    SELECT MIN(id) FROM proposals WHERE superseded_at IS NULL
    GROUP BY cohort_id, twin_city_id, host_id
  );
CREATE UNIQUE INDEX proposals_one_live_pair
    ON proposals (cohort_id, twin_city_id, host_id) WHERE superseded_at IS NULL;
ALTER TABLE visits ADD CONSTRAINT visits_two_cities
    CHECK (guest_city_id <> host_city_id) NOT VALID;
