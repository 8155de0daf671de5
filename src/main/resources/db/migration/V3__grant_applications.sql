-- Applications of member organisations to calls (grants package).
-- Long texts are TEXT: MySQL limits a row to 65,535 bytes, which utf8mb4 VARCHAR(4000) columns would exceed.

CREATE TABLE grant_application (
    id                   BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id              BIGINT NOT NULL,
    organisation_id      BIGINT NOT NULL,
    single_key           VARCHAR(64),
    status               VARCHAR(32) NOT NULL,
    project_title        VARCHAR(200),
    summary              TEXT,
    objectives           TEXT,
    activities           TEXT,
    countries            VARCHAR(400),
    start_date           DATE,
    end_date             DATE,
    requested_amount     DECIMAL(15, 2),
    declares_accuracy    BOOLEAN NOT NULL,
    accepts_data_use     BOOLEAN NOT NULL,
    submitted_at         DATETIME(6),
    submitted_by         VARCHAR(254),
    process_instance_id  VARCHAR(64),
    screening_note       TEXT,
    clarification_answer TEXT,
    created_at           DATETIME(6) NOT NULL,
    created_by           VARCHAR(254) NOT NULL,
    version              BIGINT NOT NULL,
    -- one application per organisation and call, unless the call allows more (then single_key is NULL)
    CONSTRAINT uq_grant_application_single UNIQUE (single_key),
    CONSTRAINT fk_application_call FOREIGN KEY (call_id) REFERENCES grant_call (id),
    CONSTRAINT fk_application_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_application_call ON grant_application (call_id, status);
CREATE INDEX ix_application_org ON grant_application (organisation_id);

CREATE TABLE grant_application_budget (
    application_id BIGINT NOT NULL,
    sort_order     INT NOT NULL,
    category       VARCHAR(100) NOT NULL,
    description    VARCHAR(500),
    amount         DECIMAL(15, 2) NOT NULL,
    PRIMARY KEY (application_id, sort_order),
    CONSTRAINT fk_budget_application FOREIGN KEY (application_id) REFERENCES grant_application (id) ON DELETE CASCADE
);
