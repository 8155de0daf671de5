package org.plenary.grants.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.grants.CallForm;
import org.plenary.grants.application.CallService;
import org.plenary.grants.application.CallTeamService;
import org.plenary.platform.api.ApiInput;

/** Calls for proposals: drafted, opened and archived by the secretariat; open calls for applicants. */
@Path("calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallResource {

    @Inject
    CallService calls;

    @Inject
    CallTeamService team;

    @GET
    @Operation(summary = "All calls, newest first (secretariat, auditor, admin)")
    public List<CallView> all() {
        return calls.all().stream().map(CallView::of).toList();
    }

    @GET
    @Path("open")
    @Operation(summary = "Calls the caller's organisation may apply to now (applicant)")
    public List<CallView> open() {
        return calls.openToMyOrganisation().stream().map(CallView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One call; drafts only for network staff")
    public CallView get(@PathParam("id") long id) {
        return CallView.of(calls.get(id));
    }

    @POST
    @Operation(summary = "Draft a call (secretariat)")
    public Response draft(CallForm form) {
        return Response.status(Response.Status.CREATED).entity(CallView.of(calls.draft(ApiInput.body(form)))).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise a draft (secretariat); If-Match carries the version read")
    public CallView revise(@PathParam("id") long id, @HeaderParam("If-Match") String version, CallForm form) {
        return CallView.of(calls.revise(id, ApiInput.version(version), ApiInput.body(form)));
    }

    @POST
    @Path("{id}/open")
    @Operation(summary = "Open a draft for applications; it closes by itself at its deadline (secretariat)")
    public CallView open(@PathParam("id") long id, @HeaderParam("If-Match") String version) {
        return CallView.of(calls.open(id, ApiInput.version(version)));
    }

    @POST
    @Path("{id}/archive")
    @Operation(summary = "Archive a closed call (secretariat)")
    public CallView archive(@PathParam("id") long id, @HeaderParam("If-Match") String version) {
        return CallView.of(calls.archive(id, ApiInput.version(version)));
    }

    @GET
    @Path("{id}/team")
    @Operation(summary = "The call's team: the secretariat users its applications' secretariat steps are offered to "
            + "(secretariat, auditor, admin)")
    public List<CallTeamService.Member> team(@PathParam("id") long id) {
        return team.team(id);
    }

    @PUT
    @Path("{id}/team")
    @Operation(summary = "Replace the call's team with active secretariat users; [] removes it. Open secretariat tasks "
            + "of the call move to the new group (secretariat, admin)")
    public List<CallTeamService.Member> changeTeam(@PathParam("id") long id, TeamForm form) {
        return team.change(id, form == null ? null : form.userIds());
    }

    /** The user ids of a call's new team. */
    public record TeamForm(List<Long> userIds) {
    }
}
