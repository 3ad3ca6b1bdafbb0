DROP TRIGGER visits_two_cities_update;
DROP TRIGGER visits_two_cities_insert;
DROP INDEX proposals_one_live_pair;
