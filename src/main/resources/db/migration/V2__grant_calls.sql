-- Calls for proposals of small-grant programmes (grants package).

CREATE TABLE grant_call (
    id                         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title                      VARCHAR(200) NOT NULL,
    description                VARCHAR(4000),
    programme                  VARCHAR(200),
    priority_areas             VARCHAR(400) NOT NULL,
    pillars                    VARCHAR(400) NOT NULL,
    eligible_regions           VARCHAR(400) NOT NULL,
    eligible_kinds             VARCHAR(400) NOT NULL,
    currency                   VARCHAR(3) NOT NULL,
    budget_envelope            DECIMAL(15, 2) NOT NULL,
    minimum_grant              DECIMAL(15, 2) NOT NULL,
    maximum_grant              DECIMAL(15, 2) NOT NULL,
    opens_at                   DATETIME(6) NOT NULL,
    closes_at                  DATETIME(6) NOT NULL,
    reviewers_per_application  INT NOT NULL,
    multiple_applications      BOOLEAN NOT NULL,
    status                     VARCHAR(16) NOT NULL,
    process_instance_id        VARCHAR(64),
    created_at                 DATETIME(6) NOT NULL,
    created_by                 VARCHAR(254) NOT NULL,
    version                    BIGINT NOT NULL
);
CREATE INDEX ix_grant_call_status ON grant_call (status, closes_at);

CREATE TABLE grant_call_criterion (
    call_id  BIGINT NOT NULL,
    sort_order INT NOT NULL,
    name     VARCHAR(200) NOT NULL,
    weight   INT NOT NULL,
    score1   VARCHAR(500),
    score2   VARCHAR(500),
    score3   VARCHAR(500),
    score4   VARCHAR(500),
    score5   VARCHAR(500),
    PRIMARY KEY (call_id, sort_order),
    CONSTRAINT fk_criterion_call FOREIGN KEY (call_id) REFERENCES grant_call (id) ON DELETE CASCADE
);

CREATE TABLE grant_call_report (
    call_id  BIGINT NOT NULL,
    sort_order INT NOT NULL,
    kind     VARCHAR(16) NOT NULL,
    due_days INT NOT NULL,
    PRIMARY KEY (call_id, sort_order),
    CONSTRAINT fk_report_call FOREIGN KEY (call_id) REFERENCES grant_call (id) ON DELETE CASCADE
);

CREATE TABLE grant_call_tranche (
    call_id       BIGINT NOT NULL,
    sort_order    INT NOT NULL,
    share_percent INT NOT NULL,
    release_event VARCHAR(32) NOT NULL,
    PRIMARY KEY (call_id, sort_order),
    CONSTRAINT fk_tranche_call FOREIGN KEY (call_id) REFERENCES grant_call (id) ON DELETE CASCADE
);
