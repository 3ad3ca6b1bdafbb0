-- The personal data of a cohort past its retention period is anonymised once, by the
-- scheduler (`ops::privacy::anonymise_due`): when, so no tick does it twice.
ALTER TABLE cohorts ADD COLUMN personal_data_erased_at TIMESTAMP NULL;
