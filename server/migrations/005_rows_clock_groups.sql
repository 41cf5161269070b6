-- A row's clocks are stored grouped by clock, `[{ "v", "hlc", "fields": [...] }]`
-- (shared/sync/clockGroups.ts), instead of one `{ v, hlc }` per field: most rows have one group,
-- so a row is about a third of its former size, and a pull reads that much less. Pull answers
-- still carry the per-field shape of the protocol; the server writes it out from the groups.
UPDATE rows r SET field_meta = (
  SELECT coalesce(json_agg(json_build_object('v', g.v, 'hlc', g.hlc, 'fields', g.fields) ORDER BY g.v, g.hlc), '[]'::json)
    FROM (SELECT (m.value ->> 'v')::bigint AS v, m.value ->> 'hlc' AS hlc, json_agg(m.key ORDER BY m.key) AS fields
            FROM json_each(r.field_meta) AS m
           GROUP BY 1, 2) AS g
)
WHERE json_typeof(r.field_meta) = 'object';
