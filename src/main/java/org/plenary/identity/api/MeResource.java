package org.plenary.identity.api;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.identity.Role;
import org.plenary.identity.User;
import org.plenary.identity.application.UserService;

/** GET /api/me: who the caller is, for which organisation, in which roles. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    UserService users;

    /** The caller as the API shows them. */
    public record Me(String email, String fullName, Long organisationId, String organisationName, Set<Role> roles,
            String preferredLanguage, String timeZone) {
    }

    @GET
    @Operation(summary = "The calling user: name, organisation and roles")
    public Me me() {
        User user = users.me();
        return new Me(user.getEmail(), user.getFullName(), user.getOrganisation().getId(),
                user.getOrganisation().getName(), new TreeSet<>(user.getRoles()), user.getPreferredLanguage(),
                user.getTimeZone());
    }
}
