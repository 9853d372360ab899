-- A deleted report stays until the user can no longer undo the delete: deleted_at marks it, lists skip
-- it, and its index rows are removed (and rebuilt on undo).
ALTER TABLE report ADD COLUMN deleted_at TEXT;
