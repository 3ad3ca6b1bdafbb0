-- Back to the ON DELETE CASCADE references and no archiving (see up.sql).

ALTER TABLE cohorts DROP CONSTRAINT cohorts_programme_id_fkey,
    ADD CONSTRAINT cohorts_programme_id_fkey FOREIGN KEY (programme_id) REFERENCES programmes (id) ON DELETE CASCADE;
ALTER TABLE city_roles DROP CONSTRAINT city_roles_cohort_id_fkey,
    ADD CONSTRAINT city_roles_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE CASCADE;
ALTER TABLE hosts DROP CONSTRAINT hosts_cohort_id_fkey,
    ADD CONSTRAINT hosts_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE CASCADE;
ALTER TABLE profiles DROP CONSTRAINT profiles_city_id_fkey,
    ADD CONSTRAINT profiles_city_id_fkey FOREIGN KEY (city_id) REFERENCES cities (id) ON DELETE CASCADE;
ALTER TABLE profiles DROP CONSTRAINT profiles_cohort_id_fkey,
    ADD CONSTRAINT profiles_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE CASCADE;
ALTER TABLE profile_interests DROP CONSTRAINT profile_interests_host_id_fkey,
    ADD CONSTRAINT profile_interests_host_id_fkey FOREIGN KEY (host_id) REFERENCES hosts (id) ON DELETE CASCADE;
ALTER TABLE invitations DROP CONSTRAINT invitations_cohort_id_fkey,
    ADD CONSTRAINT invitations_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE CASCADE;
ALTER TABLE invitations DROP CONSTRAINT invitations_city_id_fkey,
    ADD CONSTRAINT invitations_city_id_fkey FOREIGN KEY (city_id) REFERENCES cities (id) ON DELETE CASCADE;
ALTER TABLE rounds DROP CONSTRAINT rounds_cohort_id_fkey,
    ADD CONSTRAINT rounds_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE CASCADE;
ALTER TABLE proposals DROP CONSTRAINT proposals_cohort_id_fkey,
    ADD CONSTRAINT proposals_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE CASCADE;
ALTER TABLE proposals DROP CONSTRAINT proposals_round_id_fkey,
    ADD CONSTRAINT proposals_round_id_fkey FOREIGN KEY (round_id) REFERENCES rounds (id) ON DELETE CASCADE;
ALTER TABLE proposals DROP CONSTRAINT proposals_twin_city_id_fkey,
    ADD CONSTRAINT proposals_twin_city_id_fkey FOREIGN KEY (twin_city_id) REFERENCES cities (id) ON DELETE CASCADE;
ALTER TABLE proposals DROP CONSTRAINT proposals_host_id_fkey,
    ADD CONSTRAINT proposals_host_id_fkey FOREIGN KEY (host_id) REFERENCES hosts (id) ON DELETE CASCADE;
ALTER TABLE schedules DROP CONSTRAINT schedules_cohort_id_fkey,
    ADD CONSTRAINT schedules_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE CASCADE;
ALTER TABLE visits DROP CONSTRAINT visits_cohort_id_fkey,
    ADD CONSTRAINT visits_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE CASCADE;
ALTER TABLE visits DROP CONSTRAINT visits_proposal_id_fkey,
    ADD CONSTRAINT visits_proposal_id_fkey FOREIGN KEY (proposal_id) REFERENCES proposals (id) ON DELETE CASCADE;
ALTER TABLE visits DROP CONSTRAINT visits_twin_city_id_fkey,
    ADD CONSTRAINT visits_twin_city_id_fkey FOREIGN KEY (twin_city_id) REFERENCES cities (id) ON DELETE CASCADE;
ALTER TABLE visits DROP CONSTRAINT visits_host_id_fkey,
    ADD CONSTRAINT visits_host_id_fkey FOREIGN KEY (host_id) REFERENCES hosts (id) ON DELETE CASCADE;
ALTER TABLE visits DROP CONSTRAINT visits_guest_city_id_fkey,
    ADD CONSTRAINT visits_guest_city_id_fkey FOREIGN KEY (guest_city_id) REFERENCES cities (id) ON DELETE CASCADE;
ALTER TABLE visits DROP CONSTRAINT visits_host_city_id_fkey,
    ADD CONSTRAINT visits_host_city_id_fkey FOREIGN KEY (host_city_id) REFERENCES cities (id) ON DELETE CASCADE;
ALTER TABLE visit_changes DROP CONSTRAINT visit_changes_visit_id_fkey,
    ADD CONSTRAINT visit_changes_visit_id_fkey FOREIGN KEY (visit_id) REFERENCES visits (id) ON DELETE CASCADE;
ALTER TABLE visit_changes DROP CONSTRAINT visit_changes_cohort_id_fkey,
    ADD CONSTRAINT visit_changes_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE CASCADE;
ALTER TABLE outbox DROP CONSTRAINT outbox_cohort_id_fkey,
    ADD CONSTRAINT outbox_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE CASCADE;
ALTER TABLE outbox DROP CONSTRAINT outbox_visit_id_fkey,
    ADD CONSTRAINT outbox_visit_id_fkey FOREIGN KEY (visit_id) REFERENCES visits (id) ON DELETE CASCADE;

ALTER TABLE cohorts DROP COLUMN archived_at;
ALTER TABLE programmes DROP COLUMN archived_at;
