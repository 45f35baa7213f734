-- The province a person's record belongs to: only that province's staff may read or change it
-- (docs/security.md). Set when the person is created or imported, from the creator's province.
ALTER TABLE person ADD COLUMN former_province VARCHAR(32) REFERENCES province (code);

-- Existing people: the province of the organisation of their latest event that names one, else the
-- province of the area they live in.
UPDATE person SET former_province = (
    SELECT o.former_province FROM membership_event e JOIN party_organisation o ON o.id = e.organisation_id
    WHERE e.person_id = person.id ORDER BY e.event_date DESC, e.id DESC LIMIT 1);
UPDATE person SET former_province = (SELECT a.former_province FROM area a WHERE a.id = person.residence_area_id)
    WHERE former_province IS NULL;

CREATE INDEX person_province_idx ON person (former_province, sort_key);
