-- Nothing a programme relies on can be deleted out from under it (issue 26).
--
-- Every reference from programme history to a city, a cohort or a programme becomes
-- ON DELETE RESTRICT, so the database itself refuses a delete the code forgot to refuse:
--   cohorts.programme_id                  a cohort is the programme's history
--   city_roles.cohort_id                  a city's role in a cohort is that cohort's record
--   hosts.cohort_id                       hosts are named in proposals and visits
--   profiles.city_id, .cohort_id          what a city submitted, every version
--   profile_interests.host_id             part of a stored profile version
--   invitations.cohort_id, .city_id       who was invited, and when
--   rounds.cohort_id                      each round with its stored instance
--   proposals.cohort_id, .round_id, .twin_city_id, .host_id
--   schedules.cohort_id                   each planning run
--   visits.cohort_id, .proposal_id, .twin_city_id, .host_id, .guest_city_id, .host_city_id
--   visit_changes.visit_id, .cohort_id    what participants were told
--   outbox.cohort_id, .visit_id           the emails sent
-- These stay ON DELETE CASCADE: they are wholly owned by their parent and mean nothing
-- without it, and no one else points at them:
--   modules.cohort_id, calendar_events.programme_id/.cohort_id   a cohort's (programme's)
--       own calendar: a cohort nothing refers to is deleted with its modules and blackouts
--   city_roles.city_id, contacts.city_id   a city's own reference data
--   host_cities.host_id                    who makes up a host (the host itself is kept)
--   profile_themes, profile_contacts, profile_unavailability, profile_interests (.profile_id)
--       the parts of one profile version
--   visit_agenda.visit_id                  part of its visit; a re-plan deletes a visit that
--       was never published (nobody was told of it, nothing refers to it)
-- The audit log refers by text (entity, entity_id) and is never deleted.
--
-- Programmes and cohorts that are over are archived instead (archived_at; who did it is in
-- the audit log): read-only, out of the default lists, kept whole.
--
--
-- PostgreSQL changes each constraint in place (same name), in diesel's transaction.

ALTER TABLE programmes ADD COLUMN archived_at TIMESTAMP;
ALTER TABLE cohorts ADD COLUMN archived_at TIMESTAMP;

ALTER TABLE cohorts DROP CONSTRAINT cohorts_programme_id_fkey,
    ADD CONSTRAINT cohorts_programme_id_fkey FOREIGN KEY (programme_id) REFERENCES programmes (id) ON DELETE RESTRICT;
ALTER TABLE city_roles DROP CONSTRAINT city_roles_cohort_id_fkey,
    ADD CONSTRAINT city_roles_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE RESTRICT;
ALTER TABLE hosts DROP CONSTRAINT hosts_cohort_id_fkey,
    ADD CONSTRAINT hosts_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE RESTRICT;
ALTER TABLE profiles DROP CONSTRAINT profiles_city_id_fkey,
    ADD CONSTRAINT profiles_city_id_fkey FOREIGN KEY (city_id) REFERENCES cities (id) ON DELETE RESTRICT;
ALTER TABLE profiles DROP CONSTRAINT profiles_cohort_id_fkey,
    ADD CONSTRAINT profiles_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE RESTRICT;
ALTER TABLE profile_interests DROP CONSTRAINT profile_interests_host_id_fkey,
    ADD CONSTRAINT profile_interests_host_id_fkey FOREIGN KEY (host_id) REFERENCES hosts (id) ON DELETE RESTRICT;
ALTER TABLE invitations DROP CONSTRAINT invitations_cohort_id_fkey,
    ADD CONSTRAINT invitations_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE RESTRICT;
ALTER TABLE invitations DROP CONSTRAINT invitations_city_id_fkey,
    ADD CONSTRAINT invitations_city_id_fkey FOREIGN KEY (city_id) REFERENCES cities (id) ON DELETE RESTRICT;
ALTER TABLE rounds DROP CONSTRAINT rounds_cohort_id_fkey,
    ADD CONSTRAINT rounds_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE RESTRICT;
ALTER TABLE proposals DROP CONSTRAINT proposals_cohort_id_fkey,
    ADD CONSTRAINT proposals_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE RESTRICT;
ALTER TABLE proposals DROP CONSTRAINT proposals_round_id_fkey,
    ADD CONSTRAINT proposals_round_id_fkey FOREIGN KEY (round_id) REFERENCES rounds (id) ON DELETE RESTRICT;
ALTER TABLE proposals DROP CONSTRAINT proposals_twin_city_id_fkey,
    ADD CONSTRAINT proposals_twin_city_id_fkey FOREIGN KEY (twin_city_id) REFERENCES cities (id) ON DELETE RESTRICT;
ALTER TABLE proposals DROP CONSTRAINT proposals_host_id_fkey,
    ADD CONSTRAINT proposals_host_id_fkey FOREIGN KEY (host_id) REFERENCES hosts (id) ON DELETE RESTRICT;
ALTER TABLE schedules DROP CONSTRAINT schedules_cohort_id_fkey,
    ADD CONSTRAINT schedules_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE RESTRICT;
ALTER TABLE visits DROP CONSTRAINT visits_cohort_id_fkey,
    ADD CONSTRAINT visits_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE RESTRICT;
ALTER TABLE visits DROP CONSTRAINT visits_proposal_id_fkey,
    ADD CONSTRAINT visits_proposal_id_fkey FOREIGN KEY (proposal_id) REFERENCES proposals (id) ON DELETE RESTRICT;
ALTER TABLE visits DROP CONSTRAINT visits_twin_city_id_fkey,
    ADD CONSTRAINT visits_twin_city_id_fkey FOREIGN KEY (twin_city_id) REFERENCES cities (id) ON DELETE RESTRICT;
ALTER TABLE visits DROP CONSTRAINT visits_host_id_fkey,
    ADD CONSTRAINT visits_host_id_fkey FOREIGN KEY (host_id) REFERENCES hosts (id) ON DELETE RESTRICT;
ALTER TABLE visits DROP CONSTRAINT visits_guest_city_id_fkey,
    ADD CONSTRAINT visits_guest_city_id_fkey FOREIGN KEY (guest_city_id) REFERENCES cities (id) ON DELETE RESTRICT;
ALTER TABLE visits DROP CONSTRAINT visits_host_city_id_fkey,
    ADD CONSTRAINT visits_host_city_id_fkey FOREIGN KEY (host_city_id) REFERENCES cities (id) ON DELETE RESTRICT;
ALTER TABLE visit_changes DROP CONSTRAINT visit_changes_visit_id_fkey,
    ADD CONSTRAINT visit_changes_visit_id_fkey FOREIGN KEY (visit_id) REFERENCES visits (id) ON DELETE RESTRICT;
ALTER TABLE visit_changes DROP CONSTRAINT visit_changes_cohort_id_fkey,
    ADD CONSTRAINT visit_changes_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE RESTRICT;
ALTER TABLE outbox DROP CONSTRAINT outbox_cohort_id_fkey,
    ADD CONSTRAINT outbox_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE RESTRICT;
ALTER TABLE outbox DROP CONSTRAINT outbox_visit_id_fkey,
    ADD CONSTRAINT outbox_visit_id_fkey FOREIGN KEY (visit_id) REFERENCES visits (id) ON DELETE RESTRICT;
