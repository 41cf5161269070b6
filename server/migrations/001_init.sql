-- Workspaces (the sync scope), their members, enrolled devices, enrollment codes and the audit log.
-- `workspaces.version` is the per-workspace change counter: it is only ever incremented inside the
-- transaction that applies a change, under `SELECT … FOR UPDATE` on this row (SYNC-PROTOCOL.md).
CREATE TABLE workspaces (
  id text PRIMARY KEY,
  name text NOT NULL,
  version bigint NOT NULL DEFAULT 0 CHECK (version >= 0),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE members (
  id text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces (id),
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'member', 'viewer')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX members_workspace ON members (workspace_id);

-- Tokens are never stored: only their SHA-256 (hex). `last_mutation_id` is the highest mutation id
-- of this device the server has applied; the next accepted one is exactly last_mutation_id + 1.
CREATE TABLE devices (
  id text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces (id),
  member_id text NOT NULL REFERENCES members (id),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  last_mutation_id bigint NOT NULL DEFAULT 0 CHECK (last_mutation_id >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX devices_workspace ON devices (workspace_id);

-- Single use (`used_at`), expiring; only the SHA-256 of the normalised code is kept.
CREATE TABLE enrollment_codes (
  code_hash text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces (id),
  member_id text NOT NULL REFERENCES members (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  used_by_device_id text
);

CREATE TABLE audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id text,
  actor text NOT NULL,
  action text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_events_workspace ON audit_events (workspace_id, id);
