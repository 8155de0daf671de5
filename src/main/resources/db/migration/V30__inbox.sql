-- The task inbox's read model (inbox package): one row per OPEN Flowable task with the case facts the
-- inbox filters and searches on, and one row per (task, user or group) it is offered to while nobody
-- has claimed it. Kept in the engine's own transaction by InboxProjection; never written elsewhere.
-- Sort columns are precomputed BIGINTs so that every page is a range of one index (keyset paging):
--   sort_due      due date in epoch seconds, 253402300799 (9999-12-31) when none: undated tasks last
--   sort_priority minus the priority: highest first
--   sort_created  creation in epoch seconds: oldest first

CREATE TABLE inbox_task (
    task_id             VARCHAR(64) NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64),
    process_key         VARCHAR(255),
    kind                VARCHAR(16) NOT NULL,
    business_key        VARCHAR(255),
    task_key            VARCHAR(255),
    name                VARCHAR(255),
    form_key            VARCHAR(255),
    created_at          DATETIME(6) NOT NULL,
    due_at              DATETIME(6),
    priority            INT NOT NULL,
    assignee            VARCHAR(255),
    case_title          VARCHAR(200),
    organisation_id     BIGINT,
    organisation_name   VARCHAR(200),
    region              VARCHAR(32),
    call_id             BIGINT,
    call_title          VARCHAR(200),
    for_organisation    BIGINT,
    search_text         VARCHAR(500),
    sort_due            BIGINT NOT NULL,
    sort_priority       BIGINT NOT NULL,
    sort_created        BIGINT NOT NULL
);
CREATE INDEX ix_inbox_task_process ON inbox_task (process_instance_id);
CREATE INDEX ix_inbox_task_mine_due ON inbox_task (assignee, sort_due, task_id);
CREATE INDEX ix_inbox_task_mine_priority ON inbox_task (assignee, sort_priority, task_id);
CREATE INDEX ix_inbox_task_mine_created ON inbox_task (assignee, sort_created, task_id);

-- Offers of unclaimed tasks: principal is 'g:<candidate group>' or 'u:<candidate user id>'. The filter
-- columns are copies of inbox_task's, so that a page of one principal never joins.
CREATE TABLE inbox_offer (
    principal        VARCHAR(100) NOT NULL,
    task_id          VARCHAR(64) NOT NULL,
    kind             VARCHAR(16) NOT NULL,
    organisation_id  BIGINT,
    for_organisation BIGINT,
    region           VARCHAR(32),
    call_id          BIGINT,
    search_text      VARCHAR(500),
    sort_due         BIGINT NOT NULL,
    sort_priority    BIGINT NOT NULL,
    sort_created     BIGINT NOT NULL,
    PRIMARY KEY (principal, task_id)
);
CREATE INDEX ix_inbox_offer_task ON inbox_offer (task_id);
CREATE INDEX ix_inbox_offer_due ON inbox_offer (principal, sort_due, task_id);
CREATE INDEX ix_inbox_offer_priority ON inbox_offer (principal, sort_priority, task_id);
CREATE INDEX ix_inbox_offer_created ON inbox_offer (principal, sort_created, task_id);
