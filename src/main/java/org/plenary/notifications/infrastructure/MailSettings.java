package org.plenary.notifications.infrastructure;

import java.util.Optional;
import java.util.Properties;

import org.plenary.platform.config.PlenarySettings;

/**
 * The e-mail settings, through MicroProfile Config (system property plenary.mail.smtp.host or
 * environment variable PLENARY_MAIL_SMTP_HOST, and so on). Without a host, messages stay queued.
 */
public record MailSettings(Optional<String> host, int port, Optional<String> username, Optional<String> password,
        String from, boolean startTls, int maxAttempts, int retryBaseSeconds, int dispatchIntervalSeconds) {

    public static final String HOST = "plenary.mail.smtp.host";
    public static final String PORT = "plenary.mail.smtp.port";
    public static final String USERNAME = "plenary.mail.smtp.username";
    public static final String PASSWORD = "plenary.mail.smtp.password";
    public static final String FROM = "plenary.mail.smtp.from";
    public static final String STARTTLS = "plenary.mail.smtp.starttls";
    public static final String MAX_ATTEMPTS = "plenary.mail.max-attempts";
    public static final String RETRY_BASE = "plenary.mail.retry-base-seconds";
    public static final String INTERVAL = "plenary.mail.dispatch-interval-seconds";
    public static final String PUBLIC_URL = "plenary.public-url";

    /** Longest wait between two attempts, however many failed before. */
    static final int LONGEST_WAIT_SECONDS = 3600;

    public static MailSettings read() {
        return new MailSettings(PlenarySettings.get(HOST), number(PORT, 25), PlenarySettings.get(USERNAME),
                PlenarySettings.get(PASSWORD), PlenarySettings.get(FROM, "Plenary <no-reply@plenary.invalid>"),
                Boolean.parseBoolean(PlenarySettings.get(STARTTLS, "false")), number(MAX_ATTEMPTS, 8),
                number(RETRY_BASE, 30), number(INTERVAL, 5));
    }

    public static String publicUrl() {
        return PlenarySettings.get(PUBLIC_URL, "http://localhost:8080");
    }

    public boolean smtpConfigured() {
        return host.isPresent();
    }

    /** Seconds to wait after the given number of failed attempts: doubling from the base, at most an hour. */
    public long retryDelaySeconds(int failedAttempts) {
        long factor = 1L << Math.min(Math.max(failedAttempts - 1, 0), 20);
        return Math.min((long) retryBaseSeconds * factor, LONGEST_WAIT_SECONDS);
    }

    /** Jakarta Mail session properties; the password is given to the transport, never put here. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host.orElseThrow());
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.auth", Boolean.toString(username.isPresent()));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
        properties.setProperty("mail.smtp.connectiontimeout", "10000");
        properties.setProperty("mail.smtp.timeout", "20000");
        properties.setProperty("mail.smtp.writetimeout", "20000");
        return properties;
    }

    private static int number(String key, int fallback) {
        try {
            return Integer.parseInt(PlenarySettings.get(key, Integer.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host.orElse("-") + ", port=" + port + ", startTls=" + startTls + "]";
    }
}
