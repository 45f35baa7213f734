-- Admissions of a territory in a period (counts, and counts by occupation, age, religion...) read the
-- whole country's admissions of the period through admission_record_decision_idx and kept the
-- territory's: on the national benchmark database (5.9 million members) 1.0 s for one of Hải Phòng's
-- queries. Led by the organisation, the cost follows the province (docs/benchmarks.md, "National scale").
CREATE INDEX IF NOT EXISTS admission_record_org_idx ON admission_record (organisation_id, decision_date);
