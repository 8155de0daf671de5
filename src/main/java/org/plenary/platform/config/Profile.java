package org.plenary.platform.config;

import java.util.Locale;

/**
 * How this installation runs. DEMO (the default) loads the demo network on first start;
 * PRODUCTION never does, and refuses to start while demo accounts exist.
 */
public enum Profile {
    DEMO, PRODUCTION;

    public static Profile from(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("plenary.profile must be demo or production, not '" + value + "'", e);
        }
    }
}
