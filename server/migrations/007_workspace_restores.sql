-- Restores from a backup (`npm run admin -- restore`). A restored workspace lost every version after
-- `restored_version`, yet devices may hold cursors (and data) from that lost stretch. The restore
-- moves the version counter on to `resumed_version`, beyond any version the lost history handed
-- out, so new changes never reuse a number a device already holds; a pull whose cursor falls in
-- (restored_version, resumed_version] is from before the restore and answers `resetRequired`.
CREATE TABLE workspace_restores (
  workspace_id text NOT NULL REFERENCES workspaces (id),
  restored_version bigint NOT NULL CHECK (restored_version >= 0),
  resumed_version bigint NOT NULL CHECK (resumed_version > restored_version),
  restored_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, resumed_version)
);
