package org.plenary.platform;

/**
 * A failure the user can understand: it carries the key of a translated message (messages.properties)
 * and its arguments. Thrown from services; JSF shows it as a message, REST as a JSON problem.
 */
public class PlenaryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public PlenaryException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
