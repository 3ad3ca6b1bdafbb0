-- What the database itself holds true of pairs, whatever the code does:
-- one live proposal per Twin and host in a cohort (a publish racing another left
-- duplicates before publishes took the cohort's lock: the later ones are superseded), and
-- no visit from a city to itself.
UPDATE proposals SET superseded_at = CURRENT_TIMESTAMP
WHERE superseded_at IS NULL
  AND id NOT IN (
    SELECT MIN(id) FROM proposals WHERE superseded_at IS NULL
    GROUP BY cohort_id, twin_city_id, host_id
  );
CREATE UNIQUE INDEX proposals_one_live_pair
    ON proposals (cohort_id, twin_city_id, host_id) WHERE superseded_at IS NULL;

-- SQLite adds no CHECK to a table in place: triggers refuse the same.
CREATE TRIGGER visits_two_cities_insert BEFORE INSERT ON visits
WHEN NEW.guest_city_id = NEW.host_city_id
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: a city cannot visit itself');
END;
CREATE TRIGGER visits_two_cities_update BEFORE UPDATE OF guest_city_id, host_city_id ON visits
WHEN NEW.guest_city_id = NEW.host_city_id
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: a city cannot visit itself');
END;
