-- Settings of the province programs (their "Readings"), chosen by administrators. The platform
-- pushes them into OSGi Configuration Admin at every start and on every change; this table is the
-- record, Configuration Admin's own store is rebuilt from it.
CREATE TABLE program_setting (
    program_code  VARCHAR(64)   NOT NULL,
    setting_key   VARCHAR(200)  NOT NULL,
    setting_value VARCHAR(2000) NOT NULL,
    updated_by    VARCHAR(200)  NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    PRIMARY KEY (program_code, setting_key)
);
