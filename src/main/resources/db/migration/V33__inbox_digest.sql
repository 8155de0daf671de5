-- The daily digest of the task inbox, one row per user who has chosen a setting or has had a digest
-- (users without a row follow the defaults: on for applicants, reviewers and the secretariat, at 07:00).
--   enabled        NULL: the default for the user's roles; TRUE / FALSE: the user's own choice
--   send_hour      hour of the day (0-23) in the user's own time zone from which the digest goes out
--   last_digest_on the user's local date of the last digest run for them (mail or not): one per day;
--                  claimed with a conditional UPDATE so that two nodes never send the same day twice
--   last_digest_at when that run happened (UTC): the next digest lists tasks created since
CREATE TABLE inbox_digest (
    user_id        BIGINT NOT NULL PRIMARY KEY,
    enabled        BOOLEAN,
    send_hour      INT DEFAULT 7 NOT NULL,
    last_digest_on DATE,
    last_digest_at DATETIME(6),
    CONSTRAINT fk_inbox_digest_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
