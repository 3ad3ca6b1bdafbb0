DROP TABLE proposals;
ALTER TABLE rounds DROP COLUMN published_at;
ALTER TABLE rounds DROP COLUMN parent_id;
