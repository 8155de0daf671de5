package org.plenary.grants.api;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.plenary.grants.application.PaymentService;
import org.plenary.platform.api.ApiInput;

/** /api/applications/{id}/payments: the grant's tranches; the secretariat records each as paid. */
@Path("applications/{applicationId}/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {

    public record Paid(LocalDate paidOn, BigDecimal amount, String reference) {
    }

    @Inject
    PaymentService payments;

    @PathParam("applicationId")
    long applicationId;

    @GET
    @Operation(summary = "Tranches with their release and payment (grantee organisation and network staff)")
    public List<GrantViews.Payment> list() {
        return payments.payments(applicationId).stream().map(GrantViews.Payment::of).toList();
    }

    @POST
    @Path("{paymentId}")
    @Operation(summary = "Record a released tranche as paid: date, amount, reference (secretariat)")
    public GrantViews.Payment record(@PathParam("paymentId") long paymentId, Paid paid) {
        Paid body = ApiInput.body(paid);
        return GrantViews.Payment.of(payments.record(applicationId, paymentId, body.paidOn(), body.amount(),
                body.reference()));
    }
}
