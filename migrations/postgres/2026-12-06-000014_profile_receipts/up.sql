-- A kind of email more: the receipt a city's contacts get when the city submits its
-- profile (what was submitted, its version, what happens next), written in the
-- transaction of the submit like every other email.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check,
    ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('invitation', 'proposal', 'schedule', 'test', 'receipt'));
