package org.plenary.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API: JSON under /api, HTTP Basic with a Plenary account, described at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Plenary API", version = "1",
                description = "Small grants, consultations and calls for speakers for civil-society networks. "
                        + "Every call is authenticated (HTTP Basic) and checked against the caller's roles and organisation."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class PlenaryApi extends Application {
}
