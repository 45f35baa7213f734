-- National scale (issue 8, docs/benchmarks.md "National scale"): turns a schema holding the four
-- provinces of a scale-1.0 bulk load into one holding the whole country, by adding copies of every
-- record under sample provinces (x01-can-tho "Tỉnh mẫu 01 (Cần Thơ)", x01-soc-trang merged into it, ...).
-- Generating scale 10 would make each of the four provinces ten times bigger instead, which is not the
-- question "does a province page stay fast when the database holds the whole country?".
--
--   psql -h 127.0.0.1 -U postgres test -v schema=portal_national [-v copies=9] \
--        -f deployment/benchmark/national-scale.sql
--
-- Copy k shifts every id and every foreign key by k * offset, offset being the first power of ten above
-- every id of the schema (so copies never meet), prefixes every province code and every unique code
-- with xNN- (NN = k), and is written table by table after the original's rows, in their order. The
-- column lists come from the catalog, so a new column is copied without editing this file; which
-- columns are ids, province codes or unique codes is listed by hand below, and the script refuses to
-- run when the catalog has a table, an id-like or bigint column, a foreign key or a unique index it
-- cannot classify (a number is never shifted by guess). Then the sequence portal_id_seq restarts past
-- the last copy. One transaction: on any error nothing is left half copied.
--
-- For speed the foreign keys, unique constraints and secondary indexes of the copied tables are
-- dropped before the copy and created again after it (primary keys stay): re-adding a foreign key
-- validates every row, so a dangling reference makes the whole script fail. Check the result with
-- deployment/benchmark/national-scale-check.sql.
\set ON_ERROR_STOP on
\timing on
\if :{?copies}
\else
\set copies 9
\endif
\if :{?schema}
\else
DO $$ BEGIN RAISE EXCEPTION 'name the schema: psql -v schema=portal_national ...'; END $$;
\endif

SET search_path = :"schema";
-- Index builds sort the whole table: give them memory (this session only).
SET maintenance_work_mem = '1GB';
-- Re-adding a foreign key joins the whole table to its target: let the hash join stay in memory.
SET work_mem = '256MB';
SELECT set_config('national_scale.copies', :'copies', false) AS copies;

DO $national$
DECLARE
    copies CONSTANT int := current_setting('national_scale.copies')::int;
    -- The records of the territories: copied.
    copied CONSTANT text[] := ARRAY[
        'area', 'area_population', 'economic_unit', 'unit_worker_count', 'party_organisation',
        'organisation_parent', 'organisation_successor', 'organisation_area', 'person', 'person_occupation',
        'membership_event', 'membership_period', 'admission_record', 'area_position_holder', 'member_rating',
        'organisation_rating', 'committee_member', 'committee_training', 'task_assignment', 'admission_plan',
        'candidate_move', 'handover_notice', 'away_flag', 'leave_request'];
    -- Not data of a territory (migrations, settings, holidays, modules, accounts, access log): left as
    -- they are. The province table gets its own rows below.
    skipped CONSTANT text[] := ARRAY[
        'flyway_schema_history', 'province', 'portal_setting', 'public_holiday', 'plugin_module',
        'plugin_module_version', 'plugin_audit', 'program_setting', 'account', 'account_role',
        'personal_data_access'];
    -- Ids (values of portal_id_seq) and the foreign keys to them: shifted by the copy's offset.
    id_columns CONSTANT text[] := ARRAY[
        'area.id', 'area.parent_id',
        'area_population.id', 'area_population.area_id',
        'economic_unit.id', 'economic_unit.area_id',
        'unit_worker_count.id', 'unit_worker_count.unit_id',
        'party_organisation.id', 'party_organisation.unit_id',
        'organisation_parent.id', 'organisation_parent.organisation_id', 'organisation_parent.parent_id',
        'organisation_successor.organisation_id', 'organisation_successor.successor_id',
        'organisation_area.organisation_id', 'organisation_area.area_id',
        'person.id', 'person.residence_area_id',
        'person_occupation.id', 'person_occupation.person_id', 'person_occupation.unit_id',
        'membership_event.id', 'membership_event.person_id', 'membership_event.organisation_id',
        'membership_event.corrects_id',
        'membership_period.id', 'membership_period.person_id', 'membership_period.organisation_id',
        'admission_record.id', 'admission_record.person_id', 'admission_record.event_id',
        'admission_record.organisation_id',
        'area_position_holder.id', 'area_position_holder.area_id', 'area_position_holder.person_id',
        'member_rating.id', 'member_rating.person_id', 'member_rating.organisation_id',
        'organisation_rating.id', 'organisation_rating.organisation_id',
        'committee_member.id', 'committee_member.organisation_id', 'committee_member.person_id',
        'committee_training.id', 'committee_training.person_id',
        'task_assignment.id', 'task_assignment.person_id', 'task_assignment.organisation_id',
        'admission_plan.id', 'admission_plan.organisation_id',
        'candidate_move.id', 'candidate_move.person_id', 'candidate_move.from_organisation_id',
        'candidate_move.to_organisation_id',
        'handover_notice.id', 'handover_notice.move_id', 'handover_notice.issued_by_id',
        'away_flag.id', 'away_flag.person_id',
        'leave_request.id', 'leave_request.person_id'];
    -- Bigint columns that are not ids, and columns named like an id that are not ours: copied unchanged
    -- (the national identity card number is not unique in the schema; copies repeat it).
    unchanged CONSTANT text[] := ARRAY['area_population.population', 'person.national_id'];
    -- Province codes (province.code): mapped to the copy's province, xNN-<code>.
    province_columns CONSTANT text[] := ARRAY[
        'area.former_province', 'economic_unit.former_province', 'party_organisation.former_province',
        'person.former_province'];
    -- Unique codes that are not ids: prefixed with xNN- as well.
    unique_texts CONSTANT text[] := ARRAY[
        'area.code', 'economic_unit.code', 'party_organisation.code', 'person.external_id'];

    shifted_or_prefixed CONSTANT text[] := id_columns || province_columns || unique_texts;
    r record;
    max_id bigint := 0;
    id_offset bigint;
    pages bigint;
    k int;
    prefix text;
    t text;
    cols text;
    exprs text;
    row_filter text;
    n bigint;
    started timestamptz := clock_timestamp();
    step timestamptz;
BEGIN
    IF copies NOT BETWEEN 1 AND 99 THEN
        RAISE EXCEPTION 'copies must be between 1 and 99 (two digits in xNN-), not %', copies;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.tables
                   WHERE table_schema = current_schema() AND table_name = 'province') THEN
        RAISE EXCEPTION 'no table province in schema % (bulk-load it first)', current_schema();
    END IF;
    IF EXISTS (SELECT 1 FROM province WHERE code ~ '^x[0-9]{2}-') THEN
        RAISE EXCEPTION 'schema % already holds copies (provinces xNN-): bulk-load it afresh', current_schema();
    END IF;

    -- ---- the catalog must hold nothing this script does not know ----------------------------------
    FOR r IN SELECT table_name FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
               AND table_name <> ALL (copied || skipped) LOOP
        RAISE EXCEPTION 'table % is neither copied nor skipped: add it to one list', r.table_name;
    END LOOP;
    FOR r IN SELECT c FROM unnest(shifted_or_prefixed || unchanged) AS c
             WHERE NOT EXISTS (SELECT 1 FROM information_schema.columns
                               WHERE table_schema = current_schema()
                                 AND table_name || '.' || column_name = c) LOOP
        RAISE EXCEPTION 'listed column % does not exist', r.c;
    END LOOP;
    FOR r IN SELECT table_name || '.' || column_name AS c, data_type FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = ANY (copied)
               AND (data_type IN ('bigint', 'numeric') OR column_name = 'id' OR column_name LIKE '%\_id'
                    OR column_name LIKE '%province%')
               AND table_name || '.' || column_name <> ALL (shifted_or_prefixed || unchanged) LOOP
        RAISE EXCEPTION 'column % (%) is not classified: list it as an id, a province code, a unique code or unchanged',
            r.c, r.data_type;
    END LOOP;
    FOR r IN SELECT table_name || '.' || column_name AS c, data_type FROM information_schema.columns
             WHERE table_schema = current_schema()
               AND table_name || '.' || column_name = ANY (id_columns) AND data_type <> 'bigint' LOOP
        RAISE EXCEPTION 'id column % is %, not bigint', r.c, r.data_type;
    END LOOP;
    -- Every foreign key of a copied table: to an id of a copied table, or to a province.
    FOR r IN SELECT c.conname, src.relname AS tbl, dst.relname AS target, a.attname
             FROM pg_constraint c
             JOIN pg_class src ON src.oid = c.conrelid
             JOIN pg_class dst ON dst.oid = c.confrelid
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
             WHERE c.contype = 'f' AND src.relnamespace = current_schema()::text::regnamespace
               AND src.relname = ANY (copied) LOOP
        IF NOT ((r.target = ANY (copied) AND r.tbl || '.' || r.attname = ANY (id_columns))
                OR (r.target = 'province' AND r.tbl || '.' || r.attname = ANY (province_columns))) THEN
            RAISE EXCEPTION 'foreign key % (%.% -> %) is not covered by the lists', r.conname, r.tbl, r.attname, r.target;
        END IF;
    END LOOP;
    -- Every unique index of a copied table must contain a column the copy changes.
    FOR r IN SELECT i.relname AS idx, t.relname AS tbl,
                    array_agg(t.relname || '.' || a.attname) FILTER (WHERE a.attname IS NOT NULL) AS cols
             FROM pg_index x
             JOIN pg_class i ON i.oid = x.indexrelid
             JOIN pg_class t ON t.oid = x.indrelid
             LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (x.indkey) AND a.attnum > 0
             WHERE x.indisunique AND t.relnamespace = current_schema()::text::regnamespace AND t.relname = ANY (copied)
             GROUP BY i.relname, t.relname LOOP
        IF r.cols IS NULL OR NOT (r.cols && shifted_or_prefixed) THEN
            RAISE EXCEPTION 'unique index % on % has no column the copy changes: list its code column', r.idx, r.tbl;
        END IF;
    END LOOP;

    -- ---- the offset: the first power of ten above every id ----------------------------------------
    FOR r IN SELECT split_part(c, '.', 1) AS tbl FROM unnest(id_columns) AS c WHERE c LIKE '%.id' LOOP
        EXECUTE format('SELECT coalesce(max(id), 0) FROM %I', r.tbl) INTO n;
        max_id := greatest(max_id, n);
    END LOOP;
    SELECT greatest(max_id, last_value) INTO max_id FROM portal_id_seq;
    id_offset := power(10::numeric, length(max_id::text))::bigint;
    RAISE NOTICE 'schema %: % copies, largest id %, offset % per copy', current_schema(), copies, max_id, id_offset;

    -- ---- provinces ----------------------------------------------------------------------------------
    FOR k IN 1 .. copies LOOP
        prefix := 'x' || lpad(k::text, 2, '0') || '-';
        SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position),
               string_agg(CASE column_name
                              WHEN 'code' THEN format('%L || code', prefix)
                              WHEN 'merged_into' THEN format('%L || merged_into', prefix)
                              WHEN 'name_vi' THEN format('%L || name_vi || '')''', 'Tỉnh mẫu ' || lpad(k::text, 2, '0') || ' (')
                              WHEN 'name_en' THEN format('%L || name_en || '')''', 'Sample province ' || lpad(k::text, 2, '0') || ' (')
                              ELSE quote_ident(column_name) END, ', ' ORDER BY ordinal_position)
          INTO cols, exprs
          FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = 'province';
        EXECUTE format('INSERT INTO province (%s) SELECT %s FROM province WHERE code !~ ''^x[0-9]{2}-''', cols, exprs);
    END LOOP;

    -- ---- foreign keys, unique constraints and secondary indexes off ------------------------------------
    CREATE TEMP TABLE national_scale_ddl (ord serial, drop_sql text, create_sql text) ON COMMIT DROP;
    INSERT INTO national_scale_ddl (drop_sql, create_sql)
    SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', t.relname, c.conname),
           format('ALTER TABLE %I ADD CONSTRAINT %I %s', t.relname, c.conname, pg_get_constraintdef(c.oid))
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
     WHERE c.contype = 'f' AND t.relnamespace = current_schema()::text::regnamespace AND t.relname = ANY (copied)
     ORDER BY t.relname, c.conname;
    INSERT INTO national_scale_ddl (drop_sql, create_sql)
    SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', t.relname, c.conname),
           format('ALTER TABLE %I ADD CONSTRAINT %I %s', t.relname, c.conname, pg_get_constraintdef(c.oid))
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
     WHERE c.contype = 'u' AND t.relnamespace = current_schema()::text::regnamespace AND t.relname = ANY (copied)
     ORDER BY t.relname, c.conname;
    INSERT INTO national_scale_ddl (drop_sql, create_sql)
    SELECT format('DROP INDEX %I', i.relname), pg_get_indexdef(x.indexrelid)
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     WHERE t.relnamespace = current_schema()::text::regnamespace AND t.relname = ANY (copied)
       AND NOT x.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.contype IN ('p', 'u', 'x'))
     ORDER BY t.relname, i.relname;
    FOR r IN SELECT drop_sql FROM national_scale_ddl ORDER BY ord LOOP
        EXECUTE r.drop_sql;
    END LOOP;
    RAISE NOTICE 'dropped % foreign keys, unique constraints and indexes', (SELECT count(*) FROM national_scale_ddl);

    -- ---- the copies, table by table ------------------------------------------------------------------
    FOREACH t IN ARRAY copied LOOP
        step := clock_timestamp();
        -- The original rows: those with a small id, read only from the pages they were on before the
        -- copies (a TID range scan, so each copy does not read the copies before it).
        SELECT column_name INTO row_filter FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = t AND is_nullable = 'NO'
           AND t || '.' || column_name = ANY (id_columns)
         ORDER BY (column_name = 'id') DESC, ordinal_position LIMIT 1;
        IF row_filter IS NULL THEN
            RAISE EXCEPTION 'table % has no NOT NULL id column to tell its original rows', t;
        END IF;
        pages := pg_relation_size(t::regclass) / current_setting('block_size')::bigint;
        FOR k IN 1 .. copies LOOP
            prefix := 'x' || lpad(k::text, 2, '0') || '-';
            SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position),
                   string_agg(CASE
                                  WHEN t || '.' || column_name = ANY (id_columns)
                                      THEN format('%I + %s', column_name, k * id_offset)
                                  WHEN t || '.' || column_name = ANY (province_columns || unique_texts)
                                      THEN format('%L || %I', prefix, column_name)
                                  ELSE quote_ident(column_name) END, ', ' ORDER BY ordinal_position)
              INTO cols, exprs
              FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = t AND is_generated = 'NEVER';
            EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I WHERE ctid < ''(%s,0)''::tid AND %I < %s',
                           t, cols, exprs, t, pages, row_filter, id_offset);
            GET DIAGNOSTICS n = ROW_COUNT;
        END LOOP;
        RAISE NOTICE '% copied: % rows per copy, % s', rpad(t, 24), n,
            round(extract(epoch FROM clock_timestamp() - step)::numeric, 1);
    END LOOP;

    -- ---- indexes, unique constraints and foreign keys back (the foreign keys validate every row) ------
    step := clock_timestamp();
    FOR r IN SELECT create_sql FROM national_scale_ddl ORDER BY ord DESC LOOP
        EXECUTE r.create_sql;
    END LOOP;
    RAISE NOTICE 'indexes and constraints created again: % s', round(extract(epoch FROM clock_timestamp() - step)::numeric, 1);

    -- ---- the sequence past the last copy (EclipseLink draws blocks of 50 below the value it reads) ------
    EXECUTE format('ALTER SEQUENCE portal_id_seq RESTART WITH %s', (copies + 1) * id_offset + 100);
    RAISE NOTICE 'portal_id_seq restarts at %; copied in % s', (copies + 1) * id_offset + 100,
        round(extract(epoch FROM clock_timestamp() - started)::numeric, 1);
END
$national$;

-- Statistics for the planner (this schema only). Before measuring, VACUUM the schema as well
-- (docs/benchmarks.md): that sets the visibility map and the hint bits now, not in the first queries
-- of a benchmark or in an autovacuum run during it. It is not done here, to keep this script short.
SELECT format('ANALYZE %I', relname) FROM pg_class
 WHERE relnamespace = current_schema()::text::regnamespace AND relkind = 'r' ORDER BY relname \gexec

SELECT pg_size_pretty(pg_database_size(current_database())) AS database_size,
       pg_size_pretty(sum(pg_total_relation_size(c.oid))) AS schema_size
  FROM pg_class c WHERE c.relnamespace = current_schema()::text::regnamespace AND c.relkind = 'r';
