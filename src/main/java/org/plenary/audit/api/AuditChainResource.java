package org.plenary.audit.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.audit.AuditChainReport;
import org.plenary.audit.application.AuditChainService;

/** GET /api/audit/chain: verifies the whole audit chain now (auditor, admin). */
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
}
