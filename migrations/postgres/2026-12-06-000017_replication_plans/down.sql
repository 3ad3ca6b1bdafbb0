DELETE FROM outbox WHERE kind = 'plan';
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check,
    ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('invitation', 'proposal', 'schedule', 'test', 'receipt', 'reminder'));
DROP TABLE plan_actions;
DROP TABLE replication_plans;
