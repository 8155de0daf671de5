-- Whether a task is offered to more than one principal: only those rows need the check that an earlier
-- principal of the same user already counted the task (InboxQueries.count).
ALTER TABLE inbox_offer ADD shared BOOLEAN DEFAULT FALSE NOT NULL;
