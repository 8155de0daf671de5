package org.plenary.platform.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.plenary.platform.config.PlenarySettings;
import org.plenary.platform.config.Profile;

/**
 * Encryption at rest for sensitive fields (payment details): AES-256-GCM with a random nonce per
 * value. The key comes from PLENARY_SECRETS_KEY (base64 of 32 bytes), which production must set;
 * the demo profile keeps a generated key in its data folder so that a single machine just works.
 */
public final class SecretBox {

    public static final String KEY_SETTING = "plenary.secrets.key";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("The secrets key must be 32 bytes (base64 of 32 random bytes)");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The box for this installation, from configuration or (demo profile only) the data folder. */
    public static SecretBox fromSettings() {
        Optional<String> configured = PlenarySettings.get(KEY_SETTING).filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            return new SecretBox(Base64.getDecoder().decode(configured.get().trim()));
        }
        if (PlenarySettings.profile() != Profile.DEMO) {
            throw new IllegalStateException("Set PLENARY_SECRETS_KEY (base64 of 32 random bytes) to store payment details");
        }
        return new SecretBox(demoKey(PlenarySettings.dataDirectory().resolve("secrets.key")));
    }

    private static synchronized byte[] demoKey(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the folder's own permissions apply
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the demo secrets key " + file, e);
        }
    }

    public String seal(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String open(String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealed value cannot be opened with this key (wrong key or tampered)", e);
        }
    }
}
