-- A row's fields and clocks are kept as `json` (their text, validated on write) instead of `jsonb`:
-- a pull sends them to the device exactly as stored, spliced into the answer, so the server never
-- parses and re-serialises megabytes of records per page (a first download was bound by that).
-- Nothing queries inside these columns; the push parses the few rows it merges.
ALTER TABLE rows ALTER COLUMN fields TYPE json USING fields::json;
ALTER TABLE rows ALTER COLUMN field_meta TYPE json USING field_meta::json;
