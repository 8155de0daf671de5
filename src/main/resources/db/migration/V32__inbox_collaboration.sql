-- The inbox's collaboration facts of an open task, copied by InboxProjection like the rest of inbox_task:
--   owner         who delegated the task (Flowable's OWNER_), while or after it is delegated
--   delegation    Flowable's DELEGATION_: PENDING while the delegate works it, RESOLVED once given back
--   follow_up_on  the follow-up date someone set on the task (the task-local variable "followUpOn")
ALTER TABLE inbox_task ADD owner VARCHAR(255);
ALTER TABLE inbox_task ADD delegation VARCHAR(16);
ALTER TABLE inbox_task ADD follow_up_on DATE;
