package org.plenary.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Builds the small JSON snapshots stored as an event's before and after state. */
public final class AuditSnapshot {

    private static final Jsonb JSON = JsonbBuilder.create();

    private final Map<String, Object> values = new LinkedHashMap<>();

    private AuditSnapshot() {
    }

    public static AuditSnapshot with(String key, Object value) {
        return new AuditSnapshot().and(key, value);
    }

    public AuditSnapshot and(String key, Object value) {
        values.put(key, value instanceof Enum<?> e ? e.name() : value == null ? null : value.toString());
        return this;
    }

    public String json() {
        return JSON.toJson(values);
    }
}
