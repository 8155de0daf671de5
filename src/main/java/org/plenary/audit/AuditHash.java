package org.plenary.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over an event's recorded fields and the previous event's hash. */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(AuditEvent event) {
        return sha256(String.join("\u001f",
                String.valueOf(event.getId()),
                event.getOccurredAt().toString(),
                event.getActor(),
                event.getActorRoles(),
                event.getAction(),
                event.getObjectType(),
                String.valueOf(event.getObjectId()),
                String.valueOf(event.getOrganisationId()),
                String.valueOf(event.getBeforeState()),
                String.valueOf(event.getAfterState()),
                event.getPreviousHash()));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
