-- Peer review, decision, agreement, payments and reports of small grants (grants package).

-- What approvals have taken of the envelope. Only changed by one conditional UPDATE, so that
-- simultaneous approvals can never take more than the envelope holds.
ALTER TABLE grant_call ADD COLUMN committed_amount DECIMAL(15, 2) DEFAULT 0 NOT NULL;

ALTER TABLE grant_application ADD COLUMN review_due_at DATETIME(6);
ALTER TABLE grant_application ADD COLUMN approved_amount DECIMAL(15, 2);
ALTER TABLE grant_application ADD COLUMN decision_reason TEXT;
ALTER TABLE grant_application ADD COLUMN decided_by VARCHAR(254);
ALTER TABLE grant_application ADD COLUMN decided_at DATETIME(6);
ALTER TABLE grant_application ADD COLUMN second_approver VARCHAR(254);
ALTER TABLE grant_application ADD COLUMN closed_at DATETIME(6);
ALTER TABLE grant_application ADD COLUMN termination_reason TEXT;

CREATE TABLE grant_review (
    id             BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT NOT NULL,
    reviewer_id    BIGINT NOT NULL,
    status         VARCHAR(16) NOT NULL,
    assigned_at    DATETIME(6) NOT NULL,
    due_at         DATETIME(6) NOT NULL,
    declared_at    DATETIME(6),
    conflict_note  TEXT,
    submitted_at   DATETIME(6),
    overall_comment TEXT,
    weighted_score DECIMAL(6, 3),
    version        BIGINT NOT NULL,
    CONSTRAINT uq_review_reviewer UNIQUE (application_id, reviewer_id),
    CONSTRAINT fk_review_application FOREIGN KEY (application_id) REFERENCES grant_application (id),
    CONSTRAINT fk_review_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id)
);
CREATE INDEX ix_review_reviewer ON grant_review (reviewer_id, status);

CREATE TABLE grant_review_score (
    review_id  BIGINT NOT NULL,
    sort_order INT NOT NULL,
    score      INT NOT NULL,
    comment    TEXT,
    PRIMARY KEY (review_id, sort_order),
    CONSTRAINT fk_score_review FOREIGN KEY (review_id) REFERENCES grant_review (id) ON DELETE CASCADE
);

CREATE TABLE grant_agreement (
    application_id     BIGINT NOT NULL PRIMARY KEY,
    terms_version      VARCHAR(32) NOT NULL,
    accepted_by        VARCHAR(254) NOT NULL,
    accepted_at        DATETIME(6) NOT NULL,
    -- AES-GCM ciphertext of the payment details (base64); never stored in clear
    payment_details    TEXT NOT NULL,
    payment_masked     VARCHAR(100) NOT NULL,
    countersigned_by   VARCHAR(254),
    countersigned_at   DATETIME(6),
    version            BIGINT NOT NULL,
    CONSTRAINT fk_agreement_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
);

CREATE TABLE grant_payment (
    id             BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT NOT NULL,
    tranche_no     INT NOT NULL,
    share_percent  INT NOT NULL,
    release_event  VARCHAR(32) NOT NULL,
    amount_due     DECIMAL(15, 2) NOT NULL,
    released_at    DATETIME(6),
    paid_on        DATE,
    paid_amount    DECIMAL(15, 2),
    reference      VARCHAR(100),
    recorded_by    VARCHAR(254),
    recorded_at    DATETIME(6),
    version        BIGINT NOT NULL,
    CONSTRAINT uq_payment_tranche UNIQUE (application_id, tranche_no),
    CONSTRAINT fk_payment_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
);

CREATE TABLE grant_report (
    id             BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT NOT NULL,
    report_no      INT NOT NULL,
    kind           VARCHAR(16) NOT NULL,
    opens_at       DATETIME(6) NOT NULL,
    due_at         DATETIME(6) NOT NULL,
    status         VARCHAR(24) NOT NULL,
    narrative      TEXT,
    submitted_at   DATETIME(6),
    submitted_by   VARCHAR(254),
    review_note    TEXT,
    reviewed_by    VARCHAR(254),
    reviewed_at    DATETIME(6),
    version        BIGINT NOT NULL,
    CONSTRAINT uq_report_no UNIQUE (application_id, report_no),
    CONSTRAINT fk_report_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
);
CREATE INDEX ix_report_due ON grant_report (status, due_at);

CREATE TABLE grant_report_spending (
    report_id  BIGINT NOT NULL,
    sort_order INT NOT NULL,
    actual     DECIMAL(15, 2) NOT NULL,
    PRIMARY KEY (report_id, sort_order),
    CONSTRAINT fk_spending_report FOREIGN KEY (report_id) REFERENCES grant_report (id) ON DELETE CASCADE
);
