-- Plenary's own tables; Flowable manages its ACT_* tables itself.
-- Written once for H2 (MODE=LEGACY) and MySQL/MariaDB (utf8mb4 database).

CREATE TABLE organisation (
    id                BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    country           VARCHAR(2) NOT NULL,
    region            VARCHAR(32) NOT NULL,
    membership_status VARCHAR(16) NOT NULL,
    created_at        DATETIME(6) NOT NULL,
    version           BIGINT NOT NULL,
    CONSTRAINT uq_organisation_name UNIQUE (name)
);

CREATE TABLE organisation_kind (
    organisation_id BIGINT NOT NULL,
    kind            VARCHAR(40) NOT NULL,
    PRIMARY KEY (organisation_id, kind),
    CONSTRAINT fk_organisation_kind_org FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
);

CREATE TABLE app_user (
    id                 BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email              VARCHAR(254) NOT NULL,
    full_name          VARCHAR(200) NOT NULL,
    organisation_id    BIGINT NOT NULL,
    preferred_language VARCHAR(8) NOT NULL,
    time_zone          VARCHAR(64) NOT NULL,
    password_hash      VARCHAR(400) NOT NULL,
    active             BOOLEAN NOT NULL,
    demo_account       BOOLEAN NOT NULL,
    failed_logins      INT NOT NULL,
    locked_until       DATETIME(6),
    last_login_at      DATETIME(6),
    created_at         DATETIME(6) NOT NULL,
    version            BIGINT NOT NULL,
    CONSTRAINT uq_app_user_email UNIQUE (email),
    CONSTRAINT fk_app_user_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_app_user_org ON app_user (organisation_id);

CREATE TABLE user_role (
    user_id BIGINT NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

CREATE TABLE audit_event (
    id           BIGINT NOT NULL PRIMARY KEY,
    occurred_at  DATETIME(6) NOT NULL,
    actor        VARCHAR(254) NOT NULL,
    actor_roles  VARCHAR(120) NOT NULL,
    action       VARCHAR(80) NOT NULL,
    object_type  VARCHAR(60) NOT NULL,
    object_id    VARCHAR(80),
    organisation_id BIGINT,
    before_state VARCHAR(4000),
    after_state  VARCHAR(4000),
    previous_hash VARCHAR(64) NOT NULL,
    hash         VARCHAR(64) NOT NULL
);
CREATE INDEX ix_audit_event_object ON audit_event (object_type, object_id);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);

-- One row: the newest event of the chain. Appending locks it, so events form one ordered chain.
CREATE TABLE audit_chain_head (
    id         INT NOT NULL PRIMARY KEY,
    last_id    BIGINT NOT NULL,
    last_hash  VARCHAR(64) NOT NULL,
    version    BIGINT NOT NULL
);
INSERT INTO audit_chain_head (id, last_id, last_hash, version)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 1);

-- Results of the scheduled audit-chain verification (workflows/audit/audit-chain-verification).
CREATE TABLE audit_chain_check (
    id            BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    checked_at    DATETIME(6) NOT NULL,
    events_checked BIGINT NOT NULL,
    intact        BOOLEAN NOT NULL,
    first_broken_id BIGINT,
    process_instance_id VARCHAR(64) NOT NULL,
    CONSTRAINT uq_audit_chain_check_process UNIQUE (process_instance_id)
);
