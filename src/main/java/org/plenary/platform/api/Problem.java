package org.plenary.platform.api;

/** The JSON body of every refused API call: an HTTP status, a stable code and a translated message. */
public record Problem(int status, String code, String message) {
}
