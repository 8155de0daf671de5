package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.audit.AuditChainCheck;
import org.plenary.audit.application.AuditChainService;

/** The hash-chained audit log on the real database: concurrent appends, and tampering found. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return PlenaryDeployment.inContainer();
    }

    @Inject
    AuditProbe probe;

    @Inject
    AuditChainService chain;

    private AuditChainCheck check() {
        return chain.recordScheduledCheck("it-" + UUID.randomUUID());
    }

    @Test
    void concurrentTransactionsAppendToOneUnbrokenChain() throws Exception {
        String marker = "concurrent-" + UUID.randomUUID();

        probe.appendConcurrently(8, 10, marker);

        List<Long> ids = probe.idsOf(marker);
        assertEquals(80, ids.size());
        assertTrue(check().isIntact(), "eight writers at once still form one chain");
    }

    @Test
    void anEventChangedInTheDatabaseIsFoundAndTheChainHealsWhenItIsRestored() {
        String marker = "tamper-" + UUID.randomUUID();
        long first = probe.append(marker);
        long second = probe.append(marker);
        probe.append(marker);
        assertTrue(check().isIntact());
        String original = probe.afterStateOf(second);

        probe.overwriteAfterState(second, "{\"amount\":\"25000.00 USD\"}");
        AuditChainCheck tampered = check();

        probe.overwriteAfterState(second, original);
        assertFalse(tampered.isIntact(), "the edit is found");
        assertEquals(second, tampered.getFirstBrokenId());
        assertTrue(second > first);
        assertTrue(check().isIntact(), "restoring the original content restores the chain");
    }

    @Test
    void anEventRemovedFromItsPlaceIsFound() {
        String marker = "remove-" + UUID.randomUUID();
        probe.append(marker);
        long removed = probe.append(marker);
        probe.append(marker);
        long outOfTheWay = -removed;

        probe.moveToId(removed, outOfTheWay);
        AuditChainCheck gap = check();

        probe.moveToId(outOfTheWay, removed);
        assertFalse(gap.isIntact(), "the missing event is found");
        assertEquals(removed, gap.getFirstBrokenId());
        assertTrue(check().isIntact());
    }
}
