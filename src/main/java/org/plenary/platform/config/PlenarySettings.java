package org.plenary.platform.config;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads Plenary's settings through MicroProfile Config, so that an environment variable
 * (PLENARY_DB_URL) and a system property (plenary.db.url) both work. Plain static reads:
 * the data source needs them before CDI is up.
 */
public final class PlenarySettings {

    public static final String DB_URL = "plenary.db.url";
    public static final String DB_USER = "plenary.db.user";
    public static final String DB_PASSWORD = "plenary.db.password";
    public static final String DATA_DIR = "plenary.data.dir";
    public static final String PROFILE = "plenary.profile";
    public static final String ASYNC_START_DELAY = "plenary.async.start-delay";

    private PlenarySettings() {
    }

    public static Optional<String> get(String key) {
        Config config = ConfigProvider.getConfig(PlenarySettings.class.getClassLoader());
        return config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }

    public static String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public static Path dataDirectory() {
        return Path.of(get(DATA_DIR, "data")).toAbsolutePath();
    }

    public static Profile profile() {
        return Profile.from(get(PROFILE, Profile.DEMO.name()));
    }
}
