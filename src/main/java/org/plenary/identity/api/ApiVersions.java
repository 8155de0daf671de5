package org.plenary.identity.api;

import org.plenary.platform.InvalidInputException;

/** Reads the version a client last saw from an If-Match header ("3" or "\"3\""). */
final class ApiVersions {

    private ApiVersions() {
    }

    static long parse(String ifMatch) {
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
