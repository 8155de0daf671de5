package org.plenary.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditChainVerifierTest {

    private AuditChainHead head;
    private List<AuditEvent> events;

    @BeforeEach
    void chainOfFive() {
        head = AuditChainHead.genesis();
        events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(AuditEvents.next(head, Instant.parse("2026-11-23T10:00:00Z").plusSeconds(i),
                    "secretariat@demo.plenary", "secretariat",
                    new AuditEntry("grant.decided", "Application", "A-" + i, 7L, "{\"status\":\"IN_REVIEW\"}",
                            "{\"status\":\"APPROVED\",\"amount\":\"5000.00 USD\"}")));
        }
    }

    private AuditChainReport verify(List<AuditEvent> stored) {
        AuditChainVerifier verifier = new AuditChainVerifier(head.getLastId(), head.getLastHash());
        for (AuditEvent event : stored) {
            if (!verifier.accept(event)) {
                break;
            }
        }
        return verifier.finish();
    }

    @Test
    void anUntouchedChainIsIntact() {
        AuditChainReport report = verify(events);
        assertTrue(report.intact());
        assertEquals(5, report.eventsChecked());
    }

    @Test
    void editingAnEventsContentIsFound() throws Exception {
        set(events.get(2), "afterState", "{\"status\":\"APPROVED\",\"amount\":\"50000.00 USD\"}");
        AuditChainReport report = verify(events);
        assertFalse(report.intact());
        assertEquals(3L, report.firstBrokenId());
    }

    @Test
    void editingContentAndRehashingOneEventBreaksTheNextLink() throws Exception {
        AuditEvent forged = events.get(1);
        set(forged, "actor", "someone-else@demo.plenary");
        set(forged, "hash", AuditHash.of(forged));
        AuditChainReport report = verify(events);
        assertFalse(report.intact());
        assertEquals(3L, report.firstBrokenId());
    }

    @Test
    void deletingAnEventInTheMiddleIsFound() {
        events.remove(1);
        AuditChainReport report = verify(events);
        assertFalse(report.intact());
        assertEquals(2L, report.firstBrokenId());
    }

    @Test
    void deletingTheNewestEventIsFoundThroughTheHead() {
        events.remove(4);
        AuditChainReport report = verify(events);
        assertFalse(report.intact());
        assertEquals(5L, report.firstBrokenId());
    }

    @Test
    void theHashCoversEveryRecordedField() throws Exception {
        AuditEvent event = events.get(0);
        String original = event.getHash();
        for (String field : List.of("actor", "actorRoles", "action", "objectType", "objectId", "beforeState")) {
            Object before = get(event, field);
            set(event, field, "changed");
            assertFalse(original.equals(AuditHash.of(event)), field + " is not covered by the hash");
            set(event, field, before);
        }
        assertEquals(original, AuditHash.of(event));
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = AuditEvent.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static Object get(Object target, String field) throws Exception {
        Field f = AuditEvent.class.getDeclaredField(field);
        f.setAccessible(true);
        return f.get(target);
    }
}
