-- The domain core: organisations, areas, units, people, their dated membership events and the
-- records of party work the programs count. Every structural record carries valid_from / valid_to
-- (valid_to = last day, NULL while it exists) and the province it belonged to before 1 July 2025.
-- Names are stored NFC with two derived keys: search_key (lower case, no diacritics, đ -> d) and
-- sort_key (Vietnamese alphabetical order in plain [0-9a-z], so ORDER BY works under any collation).

-- One sequence gives every entity its id; EclipseLink takes 50 at a time (batch inserts).
CREATE SEQUENCE portal_id_seq START WITH 1000 INCREMENT BY 50;

-- Settings the rules read at run time (not constants), and the public holidays of working days.
CREATE TABLE portal_setting (
    setting_key  VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_value VARCHAR(500) NOT NULL,
    description  VARCHAR(1000)
);
INSERT INTO portal_setting (setting_key, setting_value, description) VALUES
    ('awareness-certificate.validity-years', '5', 'Số năm giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng còn giá trị'),
    ('rating.excellent-cap.enabled', 'false', 'Giới hạn xuất sắc không quá 20% số hoàn thành tốt nhiệm vụ (hướng dẫn cũ)'),
    ('rating.excellent-cap.percent', '20', 'Tỷ lệ giới hạn xuất sắc (phần trăm của số hoàn thành tốt)'),
    ('admission.min-age-months', '216', 'Tuổi tối thiểu khi chi bộ xét kết nạp (tháng tròn)'),
    ('admission.max-age-months', '720', 'Tuổi tối đa khi chi bộ xét kết nạp (tháng tròn)'),
    ('probation.review-working-days', '30', 'Số ngày làm việc được phép để xét công nhận đảng viên chính thức');

CREATE TABLE public_holiday (
    holiday  DATE NOT NULL PRIMARY KEY,
    name     VARCHAR(200) NOT NULL
);

-- Administrative areas (province, district, commune/ward, hamlet kinds).
CREATE TABLE area (
    id               BIGINT        NOT NULL PRIMARY KEY,
    code             VARCHAR(64)   NOT NULL UNIQUE,
    name             VARCHAR(300)  NOT NULL,
    search_key       VARCHAR(300)  NOT NULL,
    sort_key         VARCHAR(1000) NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    parent_id        BIGINT REFERENCES area (id),
    former_province  VARCHAR(32)   NOT NULL REFERENCES province (code),
    valid_from       DATE          NOT NULL,
    valid_to         DATE
);
CREATE INDEX area_territory_idx ON area (former_province, kind, valid_from);
CREATE INDEX area_parent_idx ON area (parent_id);
CREATE INDEX area_search_idx ON area (search_key);

CREATE TABLE area_population (
    id          BIGINT  NOT NULL PRIMARY KEY,
    area_id     BIGINT  NOT NULL REFERENCES area (id),
    pop_year    INTEGER NOT NULL,
    population  BIGINT  NOT NULL,
    UNIQUE (area_id, pop_year)
);

-- Economic units and private schools.
CREATE TABLE economic_unit (
    id               BIGINT        NOT NULL PRIMARY KEY,
    code             VARCHAR(64)   NOT NULL UNIQUE,
    name             VARCHAR(300)  NOT NULL,
    search_key       VARCHAR(300)  NOT NULL,
    sort_key         VARCHAR(1000) NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    area_id          BIGINT REFERENCES area (id),
    former_province  VARCHAR(32)   NOT NULL REFERENCES province (code),
    valid_from       DATE          NOT NULL,
    valid_to         DATE
);
CREATE INDEX economic_unit_territory_idx ON economic_unit (former_province, kind);

-- Stable workers observed on a date; the count on a date is the latest observation up to it.
CREATE TABLE unit_worker_count (
    id           BIGINT  NOT NULL PRIMARY KEY,
    unit_id      BIGINT  NOT NULL REFERENCES economic_unit (id),
    observed_on  DATE    NOT NULL,
    workers      INTEGER NOT NULL,
    UNIQUE (unit_id, observed_on)
);

-- Party organisations. The parent is kept over time (organisation_parent), so the structure of any
-- year can be rebuilt; successors carry admissions and plans over a closure (2025 mergers).
CREATE TABLE party_organisation (
    id               BIGINT        NOT NULL PRIMARY KEY,
    code             VARCHAR(64)   NOT NULL UNIQUE,
    name             VARCHAR(300)  NOT NULL,
    search_key       VARCHAR(300)  NOT NULL,
    sort_key         VARCHAR(1000) NOT NULL,
    org_type         VARCHAR(32)   NOT NULL,
    sector           VARCHAR(32)   NOT NULL,
    former_province  VARCHAR(32)   NOT NULL REFERENCES province (code),
    unit_id          BIGINT REFERENCES economic_unit (id),
    valid_from       DATE          NOT NULL,
    valid_to         DATE
);
CREATE INDEX party_organisation_territory_idx ON party_organisation (former_province, org_type);
CREATE INDEX party_organisation_unit_idx ON party_organisation (unit_id);
CREATE INDEX party_organisation_search_idx ON party_organisation (search_key);

CREATE TABLE organisation_parent (
    id               BIGINT        NOT NULL PRIMARY KEY,
    organisation_id  BIGINT NOT NULL REFERENCES party_organisation (id),
    parent_id        BIGINT NOT NULL REFERENCES party_organisation (id),
    valid_from       DATE   NOT NULL,
    valid_to         DATE
);
CREATE INDEX organisation_parent_org_idx ON organisation_parent (organisation_id, valid_from);
CREATE INDEX organisation_parent_parent_idx ON organisation_parent (parent_id);

CREATE TABLE organisation_successor (
    organisation_id  BIGINT NOT NULL REFERENCES party_organisation (id),
    successor_id     BIGINT NOT NULL REFERENCES party_organisation (id),
    PRIMARY KEY (organisation_id, successor_id)
);

-- The residential areas a branch serves.
CREATE TABLE organisation_area (
    organisation_id  BIGINT NOT NULL REFERENCES party_organisation (id),
    area_id          BIGINT NOT NULL REFERENCES area (id),
    PRIMARY KEY (organisation_id, area_id)
);
CREATE INDEX organisation_area_area_idx ON organisation_area (area_id);

-- People: candidates and members alike. national_id and religion are sensitive personal data.
CREATE TABLE person (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    external_id        VARCHAR(64)   NOT NULL UNIQUE,
    full_name          VARCHAR(300)  NOT NULL,
    search_key         VARCHAR(300)  NOT NULL,
    sort_key           VARCHAR(1000) NOT NULL,
    birth_date         DATE          NOT NULL,
    gender             VARCHAR(16)   NOT NULL,
    ethnicity          VARCHAR(100),
    religion           VARCHAR(100),
    education          VARCHAR(100),
    residence_area_id  BIGINT REFERENCES area (id),
    youth_union        BOOLEAN       NOT NULL DEFAULT FALSE,
    national_id        VARCHAR(20),
    party_card_number  VARCHAR(20),
    created_at         TIMESTAMP     NOT NULL
);
CREATE INDEX person_search_idx ON person (search_key);
CREATE INDEX person_sort_idx ON person (sort_key);
CREATE INDEX person_residence_idx ON person (residence_area_id);

CREATE TABLE person_occupation (
    id          BIGINT        NOT NULL PRIMARY KEY,
    person_id   BIGINT      NOT NULL REFERENCES person (id),
    occupation  VARCHAR(32) NOT NULL,
    unit_id     BIGINT REFERENCES economic_unit (id),
    valid_from  DATE        NOT NULL,
    valid_to    DATE
);
CREATE INDEX person_occupation_person_idx ON person_occupation (person_id, valid_from);
CREATE INDEX person_occupation_unit_idx ON person_occupation (unit_id);

-- Membership events: immutable. A correction is a new row naming the row it corrects (corrects_id)
-- with a reason; the corrected row stays as it was recorded.
CREATE TABLE membership_event (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    person_id            BIGINT       NOT NULL REFERENCES person (id),
    kind                 VARCHAR(40)  NOT NULL,
    event_date           DATE         NOT NULL,
    organisation_id      BIGINT REFERENCES party_organisation (id),
    detail               VARCHAR(40),
    decision_ref         VARCHAR(200),
    counterpart          VARCHAR(300),
    vote_date            DATE,
    occupation           VARCHAR(32),
    religion             VARCHAR(100),
    corrects_id          BIGINT REFERENCES membership_event (id),
    voids                BOOLEAN      NOT NULL DEFAULT FALSE,
    reason               VARCHAR(1000),
    recorded_at          TIMESTAMP    NOT NULL
);
CREATE INDEX membership_event_person_idx ON membership_event (person_id, event_date);
CREATE INDEX membership_event_kind_idx ON membership_event (kind, event_date, organisation_id);

-- Projections of the effective events, rebuilt per person whenever an event is recorded: the
-- aggregate queries read these instead of replaying events.
CREATE TABLE membership_period (
    id               BIGINT        NOT NULL PRIMARY KEY,
    person_id        BIGINT      NOT NULL REFERENCES person (id),
    organisation_id  BIGINT      NOT NULL REFERENCES party_organisation (id),
    start_date       DATE        NOT NULL,
    end_date         DATE,
    end_reason       VARCHAR(40)
);
CREATE INDEX membership_period_org_idx ON membership_period (organisation_id, start_date, end_date);
CREATE INDEX membership_period_person_idx ON membership_period (person_id, start_date);
CREATE INDEX membership_period_end_idx ON membership_period (end_date, end_reason);

CREATE TABLE admission_record (
    id                BIGINT        NOT NULL PRIMARY KEY,
    person_id         BIGINT      NOT NULL REFERENCES person (id),
    event_id          BIGINT      NOT NULL REFERENCES membership_event (id),
    organisation_id   BIGINT      NOT NULL REFERENCES party_organisation (id),
    decision_date     DATE        NOT NULL,
    age_months        INTEGER     NOT NULL,
    occupation        VARCHAR(32),
    religious         BOOLEAN     NOT NULL,
    ceremony_date     DATE,
    probation_end     DATE,
    recognition_date  DATE,
    left_date         DATE
);
CREATE INDEX admission_record_decision_idx ON admission_record (decision_date, organisation_id);
CREATE INDEX admission_record_probation_idx ON admission_record (probation_end);
CREATE INDEX admission_record_person_idx ON admission_record (person_id);

-- Positions of residential areas (not party posts).
CREATE TABLE area_position_holder (
    id          BIGINT        NOT NULL PRIMARY KEY,
    area_id     BIGINT      NOT NULL REFERENCES area (id),
    position_kind VARCHAR(32) NOT NULL,
    person_id   BIGINT      NOT NULL REFERENCES person (id),
    valid_from  DATE        NOT NULL,
    valid_to    DATE
);
CREATE INDEX area_position_holder_area_idx ON area_position_holder (area_id, position_kind, valid_from);
CREATE INDEX area_position_holder_person_idx ON area_position_holder (person_id);

-- Yearly ratings.
CREATE TABLE member_rating (
    id               BIGINT        NOT NULL PRIMARY KEY,
    person_id        BIGINT      NOT NULL REFERENCES person (id),
    rating_year      INTEGER     NOT NULL,
    organisation_id  BIGINT      NOT NULL REFERENCES party_organisation (id),
    grade            VARCHAR(32) NOT NULL,
    UNIQUE (person_id, rating_year)
);
CREATE INDEX member_rating_year_idx ON member_rating (rating_year, organisation_id);

CREATE TABLE organisation_rating (
    id               BIGINT        NOT NULL PRIMARY KEY,
    organisation_id  BIGINT      NOT NULL REFERENCES party_organisation (id),
    rating_year      INTEGER     NOT NULL,
    grade            VARCHAR(32) NOT NULL,
    UNIQUE (organisation_id, rating_year)
);
CREATE INDEX organisation_rating_year_idx ON organisation_rating (rating_year);

-- Committees (secretary, deputies, members over time) and the yearly update course.
CREATE TABLE committee_member (
    id               BIGINT        NOT NULL PRIMARY KEY,
    organisation_id  BIGINT      NOT NULL REFERENCES party_organisation (id),
    person_id        BIGINT      NOT NULL REFERENCES person (id),
    role             VARCHAR(32) NOT NULL,
    valid_from       DATE        NOT NULL,
    valid_to         DATE
);
CREATE INDEX committee_member_org_idx ON committee_member (organisation_id, role, valid_from);
CREATE INDEX committee_member_person_idx ON committee_member (person_id);

CREATE TABLE committee_training (
    id           BIGINT        NOT NULL PRIMARY KEY,
    person_id    BIGINT NOT NULL REFERENCES person (id),
    course_date  DATE   NOT NULL,
    course_name  VARCHAR(300)
);
CREATE INDEX committee_training_person_idx ON committee_training (person_id, course_date);

-- Task assignments per member and year (Quy định 213-QĐ/TW).
CREATE TABLE task_assignment (
    id               BIGINT        NOT NULL PRIMARY KEY,
    person_id        BIGINT        NOT NULL REFERENCES person (id),
    task_year        INTEGER       NOT NULL,
    organisation_id  BIGINT        NOT NULL REFERENCES party_organisation (id),
    description      VARCHAR(1000)
);
CREATE INDEX task_assignment_year_idx ON task_assignment (task_year, person_id);

-- Admission plans: YEAR plans (from_year = to_year) and TERM plans.
CREATE TABLE admission_plan (
    id               BIGINT        NOT NULL PRIMARY KEY,
    organisation_id  BIGINT      NOT NULL REFERENCES party_organisation (id),
    plan_kind        VARCHAR(16) NOT NULL,
    from_year        INTEGER     NOT NULL,
    to_year          INTEGER     NOT NULL,
    quota            INTEGER,
    adopted_on       DATE
);
CREATE INDEX admission_plan_years_idx ON admission_plan (from_year, to_year);

-- Candidates who moved away, and the hand-over notice from the origin to the destination.
CREATE TABLE candidate_move (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    person_id             BIGINT       NOT NULL REFERENCES person (id),
    from_organisation_id  BIGINT       NOT NULL REFERENCES party_organisation (id),
    to_organisation_id    BIGINT REFERENCES party_organisation (id),
    destination           VARCHAR(300),
    move_date             DATE         NOT NULL
);
CREATE INDEX candidate_move_date_idx ON candidate_move (move_date);

CREATE TABLE handover_notice (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    move_id            BIGINT        NOT NULL REFERENCES candidate_move (id),
    issued_by_id       BIGINT        NOT NULL REFERENCES party_organisation (id),
    issued_on          DATE          NOT NULL,
    acknowledged_on    DATE,
    acknowledged_by    VARCHAR(300)
);
CREATE INDEX handover_notice_move_idx ON handover_notice (move_id);

-- Members working away from their residence, and requests to leave the party.
CREATE TABLE away_flag (
    id          BIGINT        NOT NULL PRIMARY KEY,
    person_id   BIGINT NOT NULL REFERENCES person (id),
    valid_from  DATE   NOT NULL,
    valid_to    DATE
);
CREATE INDEX away_flag_person_idx ON away_flag (person_id, valid_from);

CREATE TABLE leave_request (
    id         BIGINT        NOT NULL PRIMARY KEY,
    person_id  BIGINT NOT NULL REFERENCES person (id),
    filed_on   DATE   NOT NULL
);
CREATE INDEX leave_request_filed_idx ON leave_request (filed_on);
