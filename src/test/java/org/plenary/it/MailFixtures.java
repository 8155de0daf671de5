package org.plenary.it;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on the port the integration tests give Payara (plenary.mail.smtp.port), and
 * waiting for what the outbox delivers to it, for the ITs that read e-mails.
 */
final class MailFixtures {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private MailFixtures() {
    }

    /** A mail server on the ITs' SMTP port, not started yet. */
    static GreenMail newMailServer() {
        int port = Integer.parseInt(System.getProperty("plenary.it.smtp.port", "3025"));
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    /** What the probe finds, asked again every 250 ms for at most {@link #PATIENCE} (mail is sent after commit). */
    static <T> T await(Supplier<Optional<T>> probe, String what) {
        return Waits.until(what, PATIENCE, probe::get, Optional::isPresent).orElseThrow();
    }
}
