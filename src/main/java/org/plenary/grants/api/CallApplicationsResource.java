package org.plenary.grants.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.grants.application.ApplicationService;

/** /api/calls/{callId}/applications: a call's applications. */
@Path("calls/{callId}/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallApplicationsResource {

    @Inject
    ApplicationService applications;

    @POST
    @Operation(summary = "Start (or resume) the caller's organisation's application to a call (applicant)")
    public ApplicationView start(@PathParam("callId") long callId) {
        return ApplicationView.of(applications.startOrResume(callId));
    }

    @GET
    @Operation(summary = "Submitted applications to a call (secretariat, auditor, admin)")
    public List<ApplicationView> forCall(@PathParam("callId") long callId) {
        return applications.forCall(callId).stream().map(ApplicationView::of).toList();
    }
}
