package org.plenary.platform;

/** Someone else changed the same object first (optimistic lock). Answered with 409. */
public class ConcurrentChangeException extends PlenaryException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException() {
        super("error.concurrentChange");
    }

    /** A more precise message for a particular race (e.g. a task someone else claimed first). */
    public ConcurrentChangeException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
