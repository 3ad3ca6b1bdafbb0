-- The answers of the publishing POSTs sent with an Idempotency-Key: the same key from the
-- same manager gets the first answer again, whatever happened in between (a retry after
-- a lost connection, a double click, the same request to two instances).
CREATE TABLE idempotency_keys (
    actor TEXT NOT NULL,
    key TEXT NOT NULL,
    path TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (actor, key)
);
