package org.plenary.notifications;

/**
 * Where an e-mail stands in the outbox. QUEUED waits for the dispatcher (also between retries, and
 * for as long as no SMTP server is configured); SENDING is claimed by one node for a short lease;
 * SENT and FAILED are final, unless an admin puts failed messages back in the queue.
 */
public enum OutboxStatus {
    QUEUED, SENDING, SENT, FAILED
}
