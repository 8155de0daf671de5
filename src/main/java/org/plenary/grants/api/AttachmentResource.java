package org.plenary.grants.api;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.grants.AttachmentInfo;
import org.plenary.grants.application.AttachmentService;
import org.plenary.platform.InvalidInputException;

/**
 * /api/applications/{applicationId}/attachments: files attached to an application. A root of its
 * own (more literal characters than ApplicationResource's "applications", so it is matched first
 * for these paths and for no others).
 */
@Path("applications/{applicationId}/attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentResource {

    @Inject
    AttachmentService attachments;

    @GET
    @Operation(summary = "The application's attachments, without content: its organisation; staff once submitted")
    public List<AttachmentView> list(@PathParam("applicationId") long applicationId) {
        return attachments.list(applicationId).stream().map(AttachmentView::of).toList();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a file (applicant, draft only): multipart/form-data with one file part")
    public Response addForm(@PathParam("applicationId") long applicationId, List<EntityPart> parts) {
        EntityPart file = parts == null ? null : parts.stream().filter(p -> p.getFileName().isPresent()).findFirst()
                .orElse(null);
        if (file == null) {
            throw new InvalidInputException("attachment.fileRequired");
        }
        return created(attachments.add(applicationId, file.getFileName().orElseThrow(),
                attachments.readLimited(file.getContent())));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file (applicant, draft only): the raw bytes as the body, its name in ?name=")
    public Response addRaw(@PathParam("applicationId") long applicationId, @QueryParam("name") String name,
            InputStream body) {
        return created(attachments.add(applicationId, name, attachments.readLimited(body)));
    }

    @GET
    @Path("{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download one attachment, with the type its content was found to be")
    public Response download(@PathParam("applicationId") long applicationId,
            @PathParam("attachmentId") long attachmentId) {
        AttachmentService.Download download = attachments.download(applicationId, attachmentId);
        return Response.ok(download.content(), download.info().mediaType())
                .header("Content-Disposition", disposition(download.info().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Length", download.info().size()).build();
    }

    @DELETE
    @Path("{attachmentId}")
    @Operation(summary = "Remove an attachment (applicant, draft only)")
    public Response remove(@PathParam("applicationId") long applicationId,
            @PathParam("attachmentId") long attachmentId) {
        attachments.remove(applicationId, attachmentId);
        return Response.noContent().build();
    }

    private static Response created(AttachmentInfo info) {
        return Response.created(URI.create("applications/" + info.applicationId() + "/attachments/" + info.id()))
                .entity(AttachmentView.of(info)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** attachment; an ASCII fallback name and the real one (RFC 6266 / 5987); never shown inline. */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
