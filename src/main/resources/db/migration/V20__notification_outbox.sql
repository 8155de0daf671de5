-- E-mail notifications (notifications package): a transactional outbox. A row is written in the
-- transaction of the change it tells about, so it exists only if that change commits; a dispatcher
-- sends it afterwards and records the outcome. Subject and body are rendered when queued, in the
-- recipient's language and time zone. The body is personal data: readable by admins only, never logged.

CREATE TABLE notification_outbox (
    id                BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_user_id BIGINT NOT NULL,
    recipient_address VARCHAR(254) NOT NULL,
    language          VARCHAR(8) NOT NULL,
    template          VARCHAR(100) NOT NULL,
    subject           VARCHAR(400) NOT NULL,
    body              TEXT NOT NULL,
    -- QUEUED (waiting, or waiting for a retry), SENDING (claimed by one node until claimed_until), SENT, FAILED
    status            VARCHAR(16) NOT NULL,
    attempts          INT NOT NULL,
    next_attempt_at   DATETIME(6) NOT NULL,
    claimed_by        VARCHAR(64),
    claimed_until     DATETIME(6),
    last_error        VARCHAR(500),
    created_at        DATETIME(6) NOT NULL,
    sent_at           DATETIME(6),
    version           BIGINT NOT NULL,
    CONSTRAINT fk_outbox_recipient FOREIGN KEY (recipient_user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_outbox_due ON notification_outbox (status, next_attempt_at);
CREATE INDEX ix_outbox_recipient ON notification_outbox (recipient_user_id);
