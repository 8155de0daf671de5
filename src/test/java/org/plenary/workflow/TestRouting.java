package org.plenary.workflow;

import java.util.HashMap;
import java.util.Map;

/**
 * What grantTaskRouting answers in production (the secretariat steps' candidate group), from a map here:
 * a call's group when the test gave it one, else "secretariat".
 */
public final class TestRouting {

    public final Map<Long, String> byCall = new HashMap<>();

    public String secretariatGroup(Object callId, Object organisationId) {
        return callId instanceof Number call ? byCall.getOrDefault(call.longValue(), "secretariat") : "secretariat";
    }
}
