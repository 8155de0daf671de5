package org.plenary.identity;

import java.util.List;

/** The languages Plenary's screens and messages come in. English is complete; the others follow. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("en", "fr", "es", "ru");
    public static final String DEFAULT = "en";

    private Languages() {
    }

    public static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }
}
