package org.plenary.audit.api;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.audit.AuditChainReport;
import org.plenary.audit.application.AuditChainService;

/** /api/audit/chain: verify the whole audit chain now, or read the nightly checks (auditor, admin). */
@Path("audit/chain")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditChainResource {

    @Inject
    AuditChainService chain;

    @GET
    @Operation(summary = "Verify the audit chain: count of events and the first broken one, if any")
    public AuditChainReport verify() {
        return chain.verify();
    }

    /** A nightly check as the API shows it. */
    public record CheckView(Long id, Instant checkedAt, long eventsChecked, boolean intact, Long firstBrokenId) {
    }

    @GET
    @Path("checks")
    @Operation(summary = "The latest nightly verifications of the audit chain, newest first")
    public List<CheckView> checks() {
        return chain.latestChecks(50).stream().map(c -> new CheckView(c.getId(), c.getCheckedAt(),
                c.getEventsChecked(), c.isIntact(), c.getFirstBrokenId())).toList();
    }
}
