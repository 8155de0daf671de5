package org.plenary.platform;

/** Bad input: nothing was changed. Answered with 400 and the translated message. */
public class InvalidInputException extends PlenaryException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
