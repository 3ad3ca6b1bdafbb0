-- Which instance holds a message's claim, so an instance that restarts takes back its own
-- claims at once (on PostgreSQL, where several instances share the outbox; another
-- instance's claim still runs out after mail.claim_seconds).
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
