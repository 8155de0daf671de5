-- How many offers each principal has per case organisation, kept by InboxProjection in the engine's
-- transaction with inbox_offer itself: the unfiltered size of a user's offered view is then a sum over a
-- few dozen rows instead of a count over every offer row (InboxQueries.count). 0 stands for "none" in
-- organisation_id and for_organisation (ids start at 1), as a key cannot hold NULL.
CREATE TABLE inbox_offer_tally (
    principal        VARCHAR(100) NOT NULL,
    organisation_id  BIGINT NOT NULL,
    for_organisation BIGINT NOT NULL,
    offers           BIGINT NOT NULL,
    PRIMARY KEY (principal, organisation_id, for_organisation)
);
INSERT INTO inbox_offer_tally (principal, organisation_id, for_organisation, offers)
    SELECT principal, COALESCE(organisation_id, 0), COALESCE(for_organisation, 0), COUNT(*)
    FROM inbox_offer GROUP BY principal, COALESCE(organisation_id, 0), COALESCE(for_organisation, 0);

-- The count's correction reads only the rows of tasks offered to several principals.
CREATE INDEX ix_inbox_offer_shared ON inbox_offer (principal, shared, task_id);
