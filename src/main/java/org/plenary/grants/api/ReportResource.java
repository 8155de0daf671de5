package org.plenary.grants.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.grants.application.ReportService;
import org.plenary.platform.api.ApiInput;

/** /api/applications/{id}/reports: narrative and financial reports of a running grant. */
@Path("applications/{applicationId}/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    public record Submission(String narrative, List<BigDecimal> spending) {
    }

    public record Review(boolean accepted, String note) {
    }

    @Inject
    ReportService reports;

    @PathParam("applicationId")
    long applicationId;

    @GET
    @Operation(summary = "The grant's reports (grantee organisation and network staff)")
    public List<GrantViews.Report> list() {
        return reports.reports(applicationId).stream().map(GrantViews.Report::of).toList();
    }

    @POST
    @Path("{reportId}")
    @Operation(summary = "Submit a report: narrative and actual spending per approved budget line (applicant)")
    public GrantViews.Report submit(@PathParam("reportId") long reportId, Submission submission) {
        Submission body = ApiInput.body(submission);
        return GrantViews.Report.of(reports.submit(applicationId, reportId, body.narrative(), body.spending()));
    }

    @POST
    @Path("{reportId}/review")
    @Operation(summary = "Accept a report or ask for a revision with a note (secretariat)")
    public GrantViews.Report review(@PathParam("reportId") long reportId, Review review) {
        Review body = ApiInput.body(review);
        return GrantViews.Report.of(reports.review(applicationId, reportId, body.accepted(), body.note()));
    }
}
