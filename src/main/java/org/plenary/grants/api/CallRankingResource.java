package org.plenary.grants.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.grants.application.DecisionService;

/** /api/calls/{id}/ranking: reviewed applications by weighted score, with the envelope used and left. */
@Path("calls/{callId}/ranking")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallRankingResource {

    @Inject
    DecisionService decisions;

    @GET
    @Operation(summary = "Ranking of a call's reviewed applications and its envelope (network staff)")
    public GrantViews.Ranking ranking(@PathParam("callId") long callId) {
        return new GrantViews.Ranking(decisions.envelope(callId),
                decisions.ranking(callId).stream().map(GrantViews.Ranked::of).toList());
    }
}
