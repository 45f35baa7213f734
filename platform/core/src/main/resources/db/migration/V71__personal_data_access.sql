-- Every read of a person's full profile (who read whose, when, from which province), kept for the
-- committee's inspection (GET /api/v1/access-log, ADMIN only). Rows are only ever added.
CREATE TABLE personal_data_access (
    id               BIGINT       NOT NULL PRIMARY KEY,
    accessed_at      TIMESTAMP    NOT NULL,
    reader           VARCHAR(64)  NOT NULL,
    reader_province  VARCHAR(32),
    subject_ref      VARCHAR(64)  NOT NULL,
    subject_province VARCHAR(32),
    purpose          VARCHAR(200) NOT NULL
);

-- Ids from a sequence handed out by EclipseLink in blocks of 50, each value the end of its block
-- (hence START WITH 50). Not an identity column: that would need
-- EclipseLink's H2 platform to read H2 2.x's generated keys, which it does not).
CREATE SEQUENCE personal_data_access_seq START WITH 50 INCREMENT BY 50;

CREATE INDEX personal_data_access_reader ON personal_data_access (reader, accessed_at);
CREATE INDEX personal_data_access_subject ON personal_data_access (subject_ref, accessed_at);
