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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.grants.ApplicationForm;
import org.plenary.grants.ScreeningDecision;
import org.plenary.grants.application.ApplicationService;
import org.plenary.platform.api.ApiInput;

/** /api/applications: drafted and submitted by applicants, screened by the secretariat. */
@Path("applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    @Inject
    ApplicationService applications;

    /** The secretariat's screening outcome. */
    public record Screening(ScreeningDecision decision, String note, Integer answerWithinDays) {
    }

    /** The applicant's answer to a clarification request. */
    public record Answer(String answer) {
    }

    @GET
    @Operation(summary = "The caller's organisation's applications (applicant)")
    public List<ApplicationView> mine() {
        return applications.mine().stream().map(ApplicationView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application: own organisation, or network staff once submitted")
    public ApplicationView get(@PathParam("id") long id) {
        return ApplicationView.of(applications.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Save a draft (applicant); If-Match carries the version read")
    public ApplicationView save(@PathParam("id") long id, @HeaderParam("If-Match") String version,
            ApplicationForm form) {
        return ApplicationView.of(applications.saveDraft(id, ApiInput.version(version), ApiInput.body(form)));
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Save and submit (applicant): only while the call is open, once, if eligible")
    public ApplicationView submit(@PathParam("id") long id, @HeaderParam("If-Match") String version,
            ApplicationForm form) {
        return ApplicationView.of(applications.submit(id, ApiInput.version(version), ApiInput.body(form)));
    }

    @POST
    @Path("{id}/screening")
    @Operation(summary = "Screen eligibility (secretariat): ELIGIBLE, INELIGIBLE with a reason, or CLARIFY with a question")
    public ApplicationView screen(@PathParam("id") long id, Screening screening) {
        Screening body = ApiInput.body(screening);
        return ApplicationView.of(applications.screen(id, body.decision(), body.note(), body.answerWithinDays()));
    }

    @POST
    @Path("{id}/clarification")
    @Operation(summary = "Answer the secretariat's clarification request (applicant)")
    public ApplicationView answer(@PathParam("id") long id, Answer answer) {
        return ApplicationView.of(applications.answerClarification(id, ApiInput.body(answer).answer()));
    }
}
