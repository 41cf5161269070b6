-- The foreign keys of the two tables a push writes row by row (`rows.workspace_id`,
-- `mutations.device_id`, `mutations.workspace_id`) are dropped. Each one ran a trigger query per
-- written row, re-checking what the push already holds for the whole batch: it writes only after
-- locking the workspace row and the device row with one `SELECT … FOR UPDATE`
-- (server/sync/push.ts), and nothing deletes workspaces or devices (a device is revoked, never
-- removed). Those checks were about a sixth of PostgreSQL's CPU per pushed mutation (issue 15
-- load run). The keys a person's action writes (members, devices, enrollment codes, blobs) keep
-- theirs.
ALTER TABLE rows DROP CONSTRAINT rows_workspace_id_fkey;
ALTER TABLE mutations DROP CONSTRAINT mutations_device_id_fkey;
ALTER TABLE mutations DROP CONSTRAINT mutations_workspace_id_fkey;
