package org.plenary.grants.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.grants.application.PaymentService;
import org.plenary.grants.application.ReportService;
import org.plenary.grants.application.ReviewService;

/** /api/grants: work across grants — my reviews, tranches to pay, reports due. */
@Path("grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GrantWorkResource {

    @Inject
    ReviewService reviews;

    @Inject
    PaymentService payments;

    @Inject
    ReportService reports;

    @GET
    @Path("my-reviews")
    @Operation(summary = "The caller's reviews (reviewer)")
    public List<GrantViews.Review> myReviews() {
        return reviews.mine().stream().map(GrantViews.Review::of).toList();
    }

    @GET
    @Path("payments-due")
    @Operation(summary = "Released tranches not yet paid (network staff)")
    public List<GrantViews.Payment> paymentsDue() {
        return payments.due().stream().map(GrantViews.Payment::of).toList();
    }

    @GET
    @Path("reports-due")
    @Operation(summary = "Open reports, earliest due first (network staff)")
    public List<GrantViews.Report> reportsDue() {
        return reports.due().stream().map(GrantViews.Report::of).toList();
    }
}
