package org.plenary.notifications.api;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.notifications.OutboxPage;
import org.plenary.notifications.OutboxStatus;
import org.plenary.notifications.application.OutboxService;
import org.plenary.platform.InvalidInputException;

/** /api/admin/outbox: the e-mail notifications Plenary queued and sent (admin). */
@Path("admin/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @Inject
    OutboxService outbox;

    @GET
    @Operation(summary = "Outbox messages, newest first, without their bodies (admin); "
            + "?first=0&size=50&status=QUEUED|SENDING|SENT|FAILED&recipient=part-of-address")
    public OutboxPageView list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("status") String status,
            @QueryParam("recipient") String recipient) {
        OutboxPage page = outbox.page(status(status), recipient, first, size);
        return new OutboxPageView(Math.max(0, first), page.messages().size(), page.total(), outbox.smtpConfigured(),
                page.messages().stream().map(OutboxMessageView::summary).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One outbox message with its body (admin)")
    public OutboxMessageView get(@PathParam("id") long id) {
        return OutboxMessageView.full(outbox.get(id));
    }

    @POST
    @Path("retry-failed")
    @Operation(summary = "Put every FAILED message back in the queue (admin; audited)")
    public JsonObject retryFailed() {
        return Json.createObjectBuilder().add("requeued", outbox.retryFailed()).build();
    }

    private static OutboxStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return OutboxStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outbox.statusInvalid", status);
        }
    }
}
