package org.plenary.platform.persistence;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the configured database URL into the URL Plenary connects with: the embedded H2 file
 * by default, and the options each database needs added when missing.
 */
public final class DatabaseUrl {

    /**
     * MODE=LEGACY: EclipseLink 4 writes H2 1.x syntax; WRITE_DELAY=0: a kill -9 loses no commit;
     * LOCK_TIMEOUT: a row lock is waited for as MySQL would (H2's default of one second fails a busy
     * moment, e.g. many approvals on one call's envelope at once).
     */
    static final String[] H2_OPTIONS = {"MODE=LEGACY", "DB_CLOSE_ON_EXIT=FALSE", "WRITE_DELAY=0", "LOCK_TIMEOUT=120000"};

    private DatabaseUrl() {
    }

    public static String embedded(Path dataDirectory) {
        return withH2Options("jdbc:h2:file:" + dataDirectory.resolve("plenary").toString().replace('\\', '/'));
    }

    public static String complete(String configured, Path dataDirectory) {
        if (configured == null || configured.isBlank()) {
            return embedded(dataDirectory);
        }
        String url = configured.trim();
        if (isH2(url)) {
            return withH2Options(url);
        }
        if (isMySql(url)) {
            // Flowable's advice: otherwise table lookups see other schemas on the same server
            url = withQueryOption(url, "nullCatalogMeansCurrent", "true");
            // the pool re-asks each connection's isolation level on every checkout: answer from the driver's
            // own record instead of a SELECT @@session.tx_isolation round trip (one per query before)
            return withQueryOption(url, "useLocalSessionState", "true");
        }
        throw new IllegalArgumentException("Plenary supports H2 and MySQL/MariaDB URLs (jdbc:h2:, jdbc:mysql:), not: "
                + url.substring(0, Math.min(url.length(), 16)) + "...");
    }

    public static boolean isH2(String url) {
        return url.startsWith("jdbc:h2:");
    }

    public static boolean isMySql(String url) {
        return url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
    }

    private static String withH2Options(String url) {
        StringBuilder result = new StringBuilder(url);
        String upper = url.toUpperCase(Locale.ROOT);
        for (String option : H2_OPTIONS) {
            String name = option.substring(0, option.indexOf('=') + 1);
            if (!upper.contains(";" + name)) {
                result.append(';').append(option);
            }
        }
        return result.toString();
    }

    private static String withQueryOption(String url, String name, String value) {
        if (url.contains(name + "=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + name + "=" + value;
    }
}
