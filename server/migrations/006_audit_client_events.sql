-- Audit events raised by devices (POST /v1/audit-events: an officer opened a case or a request).
-- `device_id` says which device reported it and `client_event_id` is the device's id for the
-- event; the unique index makes a retried batch store nothing twice (`ON CONFLICT DO NOTHING`).
-- Server-side events leave both NULL, which a unique index never counts as equal.
ALTER TABLE audit_events ADD COLUMN device_id text;
ALTER TABLE audit_events ADD COLUMN client_event_id text;
CREATE UNIQUE INDEX audit_events_client_event ON audit_events (device_id, client_event_id);
