package org.plenary.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    private static final Path DATA = Path.of("/srv/plenary/data");

    @Test
    void withoutAUrlPlenaryUsesTheEmbeddedFileWithDurableWrites() {
        String url = DatabaseUrl.complete("", DATA);
        assertEquals("jdbc:h2:file:/srv/plenary/data/plenary;MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=120000", url);
    }

    @Test
    void anH2UrlGetsTheOptionsItLacksButKeepsItsOwn() {
        String url = DatabaseUrl.complete("jdbc:h2:file:/tmp/x;WRITE_DELAY=0;MODE=LEGACY", DATA);
        assertEquals("jdbc:h2:file:/tmp/x;WRITE_DELAY=0;MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=120000", url);
    }

    @Test
    void aMySqlUrlGetsNullCatalogMeansCurrentAndLocalSessionState() {
        assertEquals("jdbc:mysql://db:3306/plenary?nullCatalogMeansCurrent=true&useLocalSessionState=true",
                DatabaseUrl.complete("jdbc:mysql://db:3306/plenary", DATA));
        assertEquals("jdbc:mysql://db/plenary?useSSL=true&nullCatalogMeansCurrent=true&useLocalSessionState=true",
                DatabaseUrl.complete("jdbc:mysql://db/plenary?useSSL=true", DATA));
        assertEquals("jdbc:mysql://db/p?nullCatalogMeansCurrent=true&useLocalSessionState=false",
                DatabaseUrl.complete("jdbc:mysql://db/p?nullCatalogMeansCurrent=true&useLocalSessionState=false", DATA));
    }

    @Test
    void otherDatabasesAreRefusedWithoutEchoingCredentials() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DatabaseUrl.complete("jdbc:postgresql://db/plenary?password=secret", DATA));
        assertTrue(!refused.getMessage().contains("secret"));
    }
}
