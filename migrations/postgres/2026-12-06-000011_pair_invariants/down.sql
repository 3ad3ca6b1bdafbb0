ALTER TABLE visits DROP CONSTRAINT visits_two_cities;
DROP INDEX proposals_one_live_pair;
