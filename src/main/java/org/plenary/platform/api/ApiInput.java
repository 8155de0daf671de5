package org.plenary.platform.api;

import org.plenary.platform.InvalidInputException;

/** Small checks every resource makes on what a client sent. */
public final class ApiInput {

    private ApiInput() {
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw new InvalidInputException("error.bodyRequired");
        }
        return body;
    }

    /** The version a client last saw, from an If-Match header ("3" or "\"3\""). */
    public static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new InvalidInputException("error.versionRequired");
        }
        try {
            return Long.parseLong(ifMatch.replace("\"", "").replace("W/", "").trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.versionRequired");
        }
    }
}
