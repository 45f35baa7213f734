-- The portal's own sign-in accounts, read by WildFly Elytron's jdbc-realm (deployment/cli/security.cli).
-- The password columns are those of Elytron's bcrypt-mapper: the 23-byte bcrypt hash and the
-- 16-byte salt, each Base64-encoded, and the bcrypt cost as the iteration count. A disabled
-- account keeps its row (and its history) but the realm's query no longer finds its password.
-- A PROVINCIAL_* account is bound to one province (province_code); others have none.
CREATE TABLE account (
    username            VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name        VARCHAR(200) NOT NULL,
    password_hash       VARCHAR(64),
    password_salt       VARCHAR(32),
    password_cost       INTEGER,
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    province_code       VARCHAR(32)  REFERENCES province (code),
    created_at          TIMESTAMP    NOT NULL,
    password_changed_at TIMESTAMP
);

CREATE TABLE account_role (
    username VARCHAR(64) NOT NULL REFERENCES account (username) ON DELETE CASCADE,
    role     VARCHAR(32) NOT NULL,
    PRIMARY KEY (username, role)
);
