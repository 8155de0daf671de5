package org.plenary.platform;

/** The caller may not do this, whatever the page showed them. Answered with 403. */
public class AccessDeniedException extends PlenaryException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
