package org.plenary.grants.api;

import java.math.BigDecimal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.grants.DecisionOutcome;
import org.plenary.grants.application.DecisionService;
import org.plenary.grants.application.TerminationService;
import org.plenary.platform.api.ApiInput;

/** /api/applications/{id}/decision: the secretariat's decision, the second approval, early termination. */
@Path("applications/{applicationId}/decision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionResource {

    public record Decision(DecisionOutcome outcome, BigDecimal amount, String reason) {
    }

    public record Confirmation(boolean confirmed, String note) {
    }

    public record Termination(String reason) {
    }

    @Inject
    DecisionService decisions;

    @Inject
    TerminationService termination;

    @PathParam("applicationId")
    long applicationId;

    @POST
    @Operation(summary = "APPROVE (amount up to the request; within the envelope), REJECT (reason) or WAITLIST")
    public ApplicationView decide(Decision decision) {
        Decision body = ApiInput.body(decision);
        return ApplicationView.of(decisions.decide(applicationId, body.outcome(), body.amount(), body.reason()));
    }

    @POST
    @Path("confirmation")
    @Operation(summary = "Second approver (not the first) confirms or refuses an approval above the threshold")
    public ApplicationView confirm(Confirmation confirmation) {
        Confirmation body = ApiInput.body(confirmation);
        return ApplicationView.of(decisions.confirm(applicationId, body.confirmed(), body.note()));
    }

    @POST
    @Path("termination")
    @Operation(summary = "End the application or grant early, with a reason (secretariat)")
    public ApplicationView terminate(Termination body) {
        return ApplicationView.of(termination.terminate(applicationId, ApiInput.body(body).reason()));
    }
}
