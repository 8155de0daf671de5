package org.plenary.inbox.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.inbox.DigestPreferences;
import org.plenary.inbox.application.DigestSettingsService;
import org.plenary.platform.api.ApiInput;

/** /api/me/digest: the caller's daily digest of new and overdue tasks, on or off, and its hour. */
@Path("me/digest")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DigestResource {

    @Inject
    DigestSettingsService settings;

    /** What the client sends: both fields. */
    public record DigestForm(Boolean enabled, Integer hour) {
    }

    @GET
    @Operation(summary = "The caller's daily digest: enabled, chosen (false while the default for the caller's roles"
            + " applies), hour (0-23 in the caller's time zone), timeZone, lastDigestAt")
    public DigestPreferences get() {
        return settings.mine();
    }

    @PUT
    @Operation(summary = "Turn the caller's daily digest on or off and choose its hour: {\"enabled\":true,\"hour\":7}")
    public DigestPreferences put(DigestForm form) {
        DigestForm body = ApiInput.body(form);
        return settings.change(body.enabled(), body.hour());
    }
}
