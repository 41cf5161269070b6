-- Attachment bytes live in the blob store (a folder by default); this table says which workspace
-- may read which blob, so a device never reads another workspace's bytes by guessing a hash.
CREATE TABLE blobs (
  workspace_id text NOT NULL REFERENCES workspaces (id),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint NOT NULL CHECK (size >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, sha256)
);
