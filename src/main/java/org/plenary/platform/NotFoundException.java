package org.plenary.platform;

/** No such object, or none the caller may see (we do not tell the two apart). Answered with 404. */
public class NotFoundException extends PlenaryException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
