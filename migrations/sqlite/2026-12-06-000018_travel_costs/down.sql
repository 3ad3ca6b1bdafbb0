DROP TABLE visit_costs;
ALTER TABLE cohorts DROP COLUMN reimbursement_cap_cents;
