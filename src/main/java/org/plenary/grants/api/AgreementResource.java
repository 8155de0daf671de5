package org.plenary.grants.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.grants.GrantAgreement;
import org.plenary.grants.PaymentDetails;
import org.plenary.grants.application.AgreementService;
import org.plenary.platform.api.ApiInput;

/** /api/applications/{id}/agreement: accepted by the grantee with payment details, countersigned by the secretariat. */
@Path("applications/{applicationId}/agreement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementResource {

    public record Acceptance(boolean acceptsTerms, PaymentDetails paymentDetails) {
    }

    public record Revealed(String paymentDetails) {
    }

    @Inject
    AgreementService agreements;

    @PathParam("applicationId")
    long applicationId;

    @GET
    @Operation(summary = "The agreement, payment details masked (grantee organisation and network staff)")
    public GrantViews.Agreement get() {
        GrantAgreement agreement = agreements.get(applicationId);
        if (agreement == null) {
            throw new NotFoundException();
        }
        return GrantViews.Agreement.of(agreement);
    }

    @POST
    @Operation(summary = "Accept the terms and give payment details (applicant of the grantee organisation)")
    public GrantViews.Agreement accept(Acceptance acceptance) {
        Acceptance body = ApiInput.body(acceptance);
        return GrantViews.Agreement.of(agreements.accept(applicationId, body.acceptsTerms(), body.paymentDetails()));
    }

    @POST
    @Path("countersignature")
    @Operation(summary = "Countersign (secretariat): the grant starts, tranches and reports are planned")
    public GrantViews.Agreement countersign() {
        return GrantViews.Agreement.of(agreements.countersign(applicationId));
    }

    @POST
    @Path("payment-details")
    @Operation(summary = "Reveal the payment details in clear (secretariat); every reveal is audited")
    public Revealed reveal() {
        return new Revealed(agreements.revealPaymentDetails(applicationId));
    }
}
