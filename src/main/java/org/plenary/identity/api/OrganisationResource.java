package org.plenary.identity.api;

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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.platform.api.ApiInput;
import org.plenary.identity.OrganisationForm;
import org.plenary.identity.application.OrganisationService;

/** Member organisations. Listing and changes are for admins; a member may read its own organisation. */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @GET
    @Operation(summary = "All organisations (admin)")
    public List<OrganisationView> list() {
        return organisations.listForAdministration().stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation: admins and network staff any, members their own")
    public OrganisationView get(@PathParam("id") long id) {
        return OrganisationView.of(organisations.get(id));
    }

    @POST
    @Operation(summary = "Create an organisation (admin)")
    public Response create(OrganisationForm form) {
        OrganisationView created = OrganisationView.of(organisations.create(ApiInput.body(form)));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an organisation (admin); If-Match carries the version read")
    public OrganisationView update(@PathParam("id") long id, @HeaderParam("If-Match") String version,
            OrganisationForm form) {
        return OrganisationView.of(organisations.update(id, ApiInput.version(version), ApiInput.body(form)));
    }

}
