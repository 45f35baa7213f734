-- "An event counts unless a later row corrects it" (NOT EXISTS ... WHERE x.corrects_id = e.id, in the
-- candidate hand-over figures and the people export) looked for correcting rows by scanning the whole
-- membership_event table once per event: minutes per province at scale 1.0 on PostgreSQL (3.4 million
-- events), so Hải Phòng's indicators never came within the plugin call bound. With this index the same
-- query takes about 0.1 s (docs/benchmarks.md). A plain index, not a partial one: the migrations are
-- shared with H2, which has no partial indexes.
CREATE INDEX IF NOT EXISTS membership_event_corrects_idx ON membership_event (corrects_id);
