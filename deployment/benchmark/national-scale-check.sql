-- Checks a schema made by national-scale.sql (docs/benchmarks.md "National scale"):
--
--   psql -h 127.0.0.1 -U postgres test -v schema=portal_national -f deployment/benchmark/national-scale-check.sql
--
-- Prints the rows of every table in the original and in each copy, the rows per province code, the
-- members on 31/12/2025, and fails (exit status 3) when a check does not hold:
--   * every copied table has, in each copy, as many rows as in the original (copy k = the rows whose
--     first primary-key column lies in [k * offset, (k + 1) * offset));
--   * every row's foreign keys to copied tables lie in the row's own copy, and its province codes and
--     unique codes carry its own copy's prefix xNN- (none in the original): no copy points into another;
--   * every foreign key is declared and validated (national-scale.sql re-adds them, which checks every
--     row: no dangling reference);
--   * for every province code, each copy has as many rows as the original;
--   * portal_id_seq lies past every id.
-- Everything is read from the catalog; nothing is written but a temporary table.
\set ON_ERROR_STOP on
\if :{?schema}
\else
DO $$ BEGIN RAISE EXCEPTION 'name the schema: psql -v schema=portal_national ...'; END $$;
\endif
SET search_path = :"schema";
-- Large scans (the whole country): allow hash aggregates in memory.
SET work_mem = '256MB';

CREATE TEMP TABLE national_check (
    subject   text,
    original  bigint,
    copy_min  bigint,
    copy_max  bigint,
    copies    int,
    wrong     bigint,
    verdict   text
);

DO $check$
DECLARE
    -- Copy 1 is the original shifted by the offset: the same smallest area id, plus the offset.
    id_offset CONSTANT bigint := (SELECT min(id) FROM area WHERE former_province LIKE 'x01-%')
                               - (SELECT min(id) FROM area WHERE former_province !~ '^x[0-9]{2}-');
    copies CONSTANT int := (SELECT count(DISTINCT substring(code FROM '^x([0-9]{2})-')) FROM province
                            WHERE code ~ '^x[0-9]{2}-');
    schema_oid CONSTANT regnamespace := current_schema()::text::regnamespace;
    r record;
    c record;
    key_col text;
    conditions text[];
    counts bigint[];
    original bigint;
    wrong bigint;
    seq_next bigint;
    max_id bigint := 0;
BEGIN
    IF copies = 0 OR id_offset IS NULL THEN
        RAISE EXCEPTION 'schema % holds no copies (no province xNN-)', current_schema();
    END IF;
    RAISE NOTICE 'schema %: % copies, offset %', current_schema(), copies, id_offset;

    FOR r IN SELECT t.oid, t.relname FROM pg_class t
             WHERE t.relnamespace = schema_oid AND t.relkind = 'r' ORDER BY t.relname LOOP
        -- The first primary-key column, if it is a bigint (an id of portal_id_seq or a foreign key to one).
        SELECT a.attname INTO key_col FROM pg_index x
          JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
         WHERE x.indrelid = r.oid AND x.indisprimary AND a.atttypid = 'bigint'::regtype;
        IF key_col IS NULL THEN
            CONTINUE;
        END IF;
        EXECUTE format('SELECT array_agg(coalesce(n, 0) ORDER BY k) FROM generate_series(0, %s) AS k '
                       'LEFT JOIN (SELECT %I / %s AS copy, count(*) AS n FROM %I GROUP BY 1) c ON c.copy = k',
                       copies, key_col, id_offset, r.relname) INTO counts;
        original := counts[1];
        IF (SELECT max(v) FROM unnest(counts[2:]) AS v) = 0 THEN
            INSERT INTO national_check VALUES ('table ' || r.relname, original, 0, 0, copies, NULL, 'not copied');
            CONTINUE;
        END IF;
        -- Each row's references, province codes and unique codes belong to the row's own copy.
        conditions := ARRAY[]::text[];
        FOR c IN SELECT a.attname, dst.relname AS target FROM pg_constraint k
                 JOIN pg_class dst ON dst.oid = k.confrelid
                 JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
                 WHERE k.contype = 'f' AND k.conrelid = r.oid LOOP
            IF c.target = 'province' THEN
                conditions := conditions || format('coalesce(substring(%I FROM ''^x([0-9]{2})-'')::int, 0) <> %I / %s',
                                                   c.attname, key_col, id_offset);
            ELSE
                conditions := conditions || format('%I / %s <> %I / %s', c.attname, id_offset, key_col, id_offset);
            END IF;
        END LOOP;
        FOR c IN SELECT a.attname FROM pg_index x
                 JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                 WHERE x.indrelid = r.oid AND x.indisunique AND x.indnatts = 1
                   AND a.atttypid = 'character varying'::regtype LOOP
            conditions := conditions || format('coalesce(substring(%I FROM ''^x([0-9]{2})-'')::int, 0) <> %I / %s',
                                               c.attname, key_col, id_offset);
        END LOOP;
        wrong := 0;
        IF cardinality(conditions) > 0 THEN
            EXECUTE format('SELECT count(*) FROM %I WHERE %s', r.relname, array_to_string(conditions, ' OR '))
               INTO wrong;
        END IF;
        INSERT INTO national_check VALUES ('table ' || r.relname, original,
            (SELECT min(v) FROM unnest(counts[2:]) AS v), (SELECT max(v) FROM unnest(counts[2:]) AS v), copies, wrong,
            CASE WHEN wrong = 0 AND (SELECT bool_and(v = original) FROM unnest(counts[2:]) AS v) THEN 'ok' ELSE 'WRONG' END);
        EXECUTE format('SELECT coalesce(max(%I), 0) FROM %I', key_col, r.relname) INTO original;
        max_id := greatest(max_id, original);
    END LOOP;

    -- Rows per province code: every copy as many as the original.
    FOR r IN SELECT t.relname, a.attname FROM pg_constraint k
             JOIN pg_class t ON t.oid = k.conrelid
             JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
             WHERE k.contype = 'f' AND t.relnamespace = schema_oid AND k.confrelid = 'province'::regclass
               AND t.relname NOT IN ('province', 'account')
             ORDER BY 1, 2 LOOP
        EXECUTE format($q$
            INSERT INTO national_check
            SELECT %L || base, sum(n) FILTER (WHERE copy = 0), min(n) FILTER (WHERE copy > 0),
                   max(n) FILTER (WHERE copy > 0), count(*) FILTER (WHERE copy > 0), NULL,
                   CASE WHEN count(*) FILTER (WHERE copy > 0) = %s
                         AND bool_and(n = n0) THEN 'ok' ELSE 'WRONG' END
              FROM (SELECT base, copy, n, max(n) FILTER (WHERE copy = 0) OVER (PARTITION BY base) AS n0
                      FROM (SELECT regexp_replace(%I, '^x[0-9]{2}-', '') AS base,
                                   coalesce(substring(%I FROM '^x([0-9]{2})-')::int, 0) AS copy, count(*) AS n
                              FROM %I GROUP BY 1, 2) g) w
             GROUP BY base$q$, r.relname || '.' || r.attname || ' = ', copies, r.attname, r.attname, r.relname);
    END LOOP;

    -- The sample provinces: each copy has every original province, merged into its own copy's on the
    -- same date.
    WITH sample AS (
        SELECT substring(x.code FROM '^(x[0-9]{2}-)') AS prefix, x.*, p.code AS original_code,
               p.merged_into AS original_merged_into, p.valid_from AS original_from, p.valid_to AS original_to
          FROM province x LEFT JOIN province p ON p.code = regexp_replace(x.code, '^x[0-9]{2}-', '')
         WHERE x.code ~ '^x[0-9]{2}-'),
    per_copy AS (SELECT prefix, count(*) AS n FROM sample GROUP BY prefix)
    INSERT INTO national_check
    SELECT 'table province', orig.n, min(pc.n), max(pc.n), count(*), bad.n,
           CASE WHEN bad.n = 0 AND count(*) = copies AND bool_and(pc.n = orig.n) THEN 'ok' ELSE 'WRONG' END
      FROM per_copy pc,
           (SELECT count(*) AS n FROM province WHERE code !~ '^x[0-9]{2}-') orig,
           (SELECT count(*) AS n FROM sample
             WHERE original_code IS NULL OR merged_into IS DISTINCT FROM prefix || original_merged_into
                OR valid_from IS DISTINCT FROM original_from OR valid_to IS DISTINCT FROM original_to) bad
     GROUP BY orig.n, bad.n;

    -- Declared foreign keys that are not validated (NOT VALID) would hide dangling references.
    INSERT INTO national_check
    SELECT 'foreign keys (validated / declared)', count(*) FILTER (WHERE convalidated), count(*), count(*), NULL,
           count(*) FILTER (WHERE NOT convalidated),
           CASE WHEN bool_and(convalidated) THEN 'ok' ELSE 'WRONG' END
      FROM pg_constraint WHERE contype = 'f' AND connamespace = schema_oid;

    SELECT CASE WHEN is_called THEN last_value + 50 ELSE last_value END INTO seq_next FROM portal_id_seq;
    INSERT INTO national_check VALUES ('portal_id_seq next value', seq_next, max_id, max_id, NULL, NULL,
        CASE WHEN seq_next > max_id THEN 'ok' ELSE 'WRONG' END);

    -- Members: membership periods open on 31/12/2025 (the benchmark's figure), in the original and in all.
    EXECUTE format($q$
        INSERT INTO national_check
        SELECT 'members on 31/12/2025 (original; whole schema in copy_max)', count(*) FILTER (WHERE id < %s),
               NULL, count(*), %s, NULL, 'info'
          FROM membership_period
         WHERE start_date <= DATE '2025-12-31' AND (end_date IS NULL OR end_date > DATE '2025-12-31')$q$,
        id_offset, copies);
END
$check$;

SELECT subject, original, copy_min, copy_max, copies, wrong, verdict FROM national_check ORDER BY subject;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM national_check WHERE verdict = 'WRONG') THEN
        RAISE EXCEPTION 'national scale check failed: % line(s) WRONG', (SELECT count(*) FROM national_check WHERE verdict = 'WRONG');
    END IF;
    RAISE NOTICE 'national scale check passed';
END
$$;
