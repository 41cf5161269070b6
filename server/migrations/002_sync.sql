-- Synced rows and the mutation log. Conflicts on protected fields and the losing values of ordinary
-- fields are rows too (tables `conflicts` and `fieldHistory`, written by the push transaction with
-- versions of their own), so devices pull them like any record: there is no separate log table.
-- Rows are keyed by workspace: the same record id in two workspaces is two unrelated rows.
CREATE TABLE rows (
  workspace_id text NOT NULL REFERENCES workspaces (id),
  tbl text NOT NULL,
  id text NOT NULL,
  fields jsonb NOT NULL,
  field_meta jsonb NOT NULL,
  version bigint NOT NULL CHECK (version > 0),
  deleted boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, tbl, id)
);
-- A pull reads `version > cursor ORDER BY version`: its cost follows the changes since the cursor.
-- Unique because every applied change takes a version of its own.
CREATE UNIQUE INDEX rows_workspace_version ON rows (workspace_id, version);

-- One row per (device, mutation id) ever answered, with the outcome a duplicate gets again.
CREATE TABLE mutations (
  device_id text NOT NULL REFERENCES devices (id),
  mutation_id bigint NOT NULL CHECK (mutation_id > 0),
  workspace_id text NOT NULL REFERENCES workspaces (id),
  tbl text NOT NULL,
  record_id text NOT NULL,
  outcome jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (device_id, mutation_id)
);
