package org.plenary.identity.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.plenary.identity.User;
import org.plenary.platform.config.PlenarySettings;

/**
 * A short memory of API credentials that passed the full PBKDF2 check, so that an integration calling
 * the API with HTTP Basic many times a minute pays for the slow hash once. It holds no password: the key
 * is an HMAC-SHA256 of (email, password) under a random key made when the process starts, the value the
 * user's id and an HMAC of the user's email and password hash as they were then. A hit is only a
 * candidate: the caller re-reads the user row and {@link #stillValid} refuses it once the password was
 * changed, the email differs, the account is inactive or locked (roles are read from that fresh row).
 * Failures are never remembered, so a wrong password always takes the full, counted check. Entries live
 * for a fixed time from the successful check (not renewed by use) and the oldest go first when full.
 */
@ApplicationScoped
public class VerifiedCredentials {

    public static final String TTL_SECONDS = "plenary.auth.cache-seconds";
    public static final String MAX_ENTRIES = "plenary.auth.cache-size";
    public static final long DEFAULT_TTL_SECONDS = 300;
    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    private final Duration ttl;
    private final int maxEntries;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries;

    /** From the settings plenary.auth.cache-seconds (0 turns the cache off) and plenary.auth.cache-size. */
    public VerifiedCredentials() {
        this(Duration.ofSeconds(Long.parseLong(PlenarySettings.get(TTL_SECONDS, Long.toString(DEFAULT_TTL_SECONDS)))),
                Integer.parseInt(PlenarySettings.get(MAX_ENTRIES, Integer.toString(DEFAULT_MAX_ENTRIES))));
    }

    public VerifiedCredentials(Duration ttl, int maxEntries) {
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.entries = new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > VerifiedCredentials.this.maxEntries;
            }
        };
    }

    public boolean enabled() {
        return !ttl.isZero() && !ttl.isNegative() && maxEntries > 0;
    }

    /** The id of the user these credentials were verified for, if that happened less than the time-to-live ago. */
    public Optional<Entry> lookup(String email, String password, Instant now) {
        if (!enabled() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        String key = credentialKey(email, password);
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry == null) {
                return Optional.empty();
            }
            if (!now.isBefore(entry.expires())) {
                entries.remove(key);
                return Optional.empty();
            }
            return Optional.of(entry);
        }
    }

    /** Call only after the full password check succeeded for this user. */
    public void remember(String email, String password, User user, Instant now) {
        if (!enabled() || password == null || password.isEmpty() || user.getId() == null) {
            return;
        }
        Entry entry = new Entry(user.getId(), fingerprint(user.getEmail(), user.getPasswordHash()), now.plus(ttl));
        String key = credentialKey(email, password);
        synchronized (entries) {
            entries.remove(key);
            entries.put(key, entry);
        }
    }

    /** Whether a cached entry may still stand for this freshly read user row (null: the user is gone). */
    public boolean stillValid(Entry entry, UserState user, Instant now) {
        return user != null && user.id() == entry.userId() && user.active()
                && (user.lockedUntil() == null || !now.isBefore(user.lockedUntil()))
                && MessageDigest.isEqual(entry.fingerprint(), fingerprint(user.email(), user.passwordHash()));
    }

    public void forget(String email, String password) {
        if (password == null) {
            return;
        }
        String key = credentialKey(email, password);
        synchronized (entries) {
            entries.remove(key);
        }
    }

    /** Drops every entry of a user, e.g. when an admin changes the account. */
    public void forgetUser(long userId) {
        synchronized (entries) {
            entries.values().removeIf(entry -> entry.userId() == userId);
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private String credentialKey(String email, String password) {
        return java.util.Base64.getEncoder().encodeToString(
                hmac(User.normaliseEmail(email) + '\u0000' + password));
    }

    private byte[] fingerprint(String email, String passwordHash) {
        return hmac(email + '\u0000' + passwordHash);
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** What decides, on each call, whether a cached verification still stands: read fresh from the user row. */
    public record UserState(long id, String email, String passwordHash, boolean active, Instant lockedUntil) {

        public static UserState of(User user) {
            return new UserState(user.getId(), user.getEmail(), user.getPasswordHash(), user.isActive(),
                    user.getLockedUntil());
        }
    }

    /** What a verified credential stands for: a user and the state of their password and email then. */
    public record Entry(long userId, byte[] fingerprint, Instant expires) {
    }
}
