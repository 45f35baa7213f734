-- Indexes that let the statistics queries start from a province's organisations (or its members) instead
-- of a year's rows of the whole country, so that a province's figures cost what the province holds, not
-- what the database holds (docs/benchmarks.md, "National scale"). Measured on PostgreSQL at scale 1.0:
-- Đồng Tháp's task count 1.1 s -> a few ms, Cần Thơ's member ratings per organisation 0.7-1.1 s -> 0.08 s.
-- Plain composite indexes (the migrations are shared with H2, which has no INCLUDE); the trailing columns
-- let PostgreSQL answer from the index alone once the table has been vacuumed.

-- Tasks of a year recorded by the province's organisations (WorkRecords, task coverage: "records exist").
CREATE INDEX IF NOT EXISTS task_assignment_org_idx ON task_assignment (organisation_id, task_year);
-- "Has this member a task this year?", asked per member of the province.
CREATE INDEX IF NOT EXISTS task_assignment_person_idx ON task_assignment (person_id, task_year);
-- Rating distribution per organisation of the province.
CREATE INDEX IF NOT EXISTS member_rating_org_idx ON member_rating (organisation_id, rating_year, grade);
-- Members of the province's organisations on a date, without reading the periods themselves.
CREATE INDEX IF NOT EXISTS membership_period_org_member_idx
    ON membership_period (organisation_id, start_date, end_date, person_id);
-- ... which makes the index on its first three columns redundant.
DROP INDEX IF EXISTS membership_period_org_idx;
