package org.plenary.identity.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
import org.plenary.platform.api.ApiInput;
import org.plenary.identity.UserForm;
import org.plenary.identity.Region;
import org.plenary.identity.application.UserService;

/** Users and their roles (admin). */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserService users;

    @GET
    @Operation(summary = "All users (admin)")
    public List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user (admin, or the user themself)")
    public UserView get(@PathParam("id") long id) {
        return UserView.of(users.get(id));
    }

    @POST
    @Operation(summary = "Create a user with an initial password (admin)")
    public Response create(UserForm form) {
        UserView created = UserView.of(users.create(ApiInput.body(form)));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a user's name, organisation, roles, language, time zone, status or password (admin)")
    public UserView update(@PathParam("id") long id, @HeaderParam("If-Match") String version, UserForm form) {
        return UserView.of(users.update(id, ApiInput.version(version), ApiInput.body(form)));
    }

    @GET
    @Path("{id}/regions")
    @Operation(summary = "A secretariat user's regional portfolio (admin)")
    public Portfolio regions(@PathParam("id") long id) {
        return new Portfolio(new TreeSet<>(users.regions(id)));
    }

    @PUT
    @Path("{id}/regions")
    @Operation(summary = "Replace a secretariat user's regional portfolio: grant work of those regions is routed to them "
            + "when its call has no team (admin)")
    public Portfolio changeRegions(@PathParam("id") long id, Portfolio portfolio) {
        Set<Region> regions = portfolio == null || portfolio.regions() == null ? null : EnumSet.noneOf(Region.class);
        if (regions != null) {
            regions.addAll(portfolio.regions());
        }
        return new Portfolio(new TreeSet<>(users.changeRegions(id, regions)));
    }

    /** The regions a secretariat user covers. */
    public record Portfolio(Set<Region> regions) {
    }
}
