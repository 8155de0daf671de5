package org.plenary.notifications.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private final MailSettings settings = new MailSettings(Optional.of("smtp.example.org"), 587, Optional.empty(),
            Optional.empty(), "Plenary <no-reply@example.org>", true, 8, 30, 5);

    @Test
    void theWaitDoublesAfterEachFailureUpToAnHour() {
        assertEquals(30, settings.retryDelaySeconds(1));
        assertEquals(60, settings.retryDelaySeconds(2));
        assertEquals(240, settings.retryDelaySeconds(4));
        assertEquals(3600, settings.retryDelaySeconds(8));
        assertEquals(3600, settings.retryDelaySeconds(500));
    }

    @Test
    void thePasswordIsNeverPartOfTheSessionPropertiesOrTheDescription() {
        MailSettings withLogin = new MailSettings(Optional.of("smtp.example.org"), 587, Optional.of("plenary"),
                Optional.of("s3cret-pass"), "x@example.org", true, 8, 30, 5);
        assertEquals("true", withLogin.sessionProperties().getProperty("mail.smtp.auth"));
        assertFalse(withLogin.sessionProperties().toString().contains("s3cret-pass"));
        assertFalse(withLogin.toString().contains("s3cret-pass"));
    }
}
