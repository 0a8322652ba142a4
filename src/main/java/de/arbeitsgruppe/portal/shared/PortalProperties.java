package de.arbeitsgruppe.portal.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's own settings.
 *
 * @param workingGroupId the working group this installation serves until groups are managed in the UI
 * @param dataDirectory where the embedded database keeps its file
 * @param demoData whether demo organisations, accounts and contacts are seeded on first start
 * @param embeddedDatabaseInMemory keep the embedded database in memory only (tests)
 * @param auth how users log in: {@code local} accounts or {@code oidc}
 * @param allowEmbeddedDatabaseInProd start the {@code prod} profile on the embedded database anyway
 *        (it has no authentication: see {@code EmbeddedMongoConfiguration})
 */
@ConfigurationProperties("portal")
public record PortalProperties(
        @DefaultValue("ag-musterstadt") String workingGroupId,
        @DefaultValue("./data") Path dataDirectory,
        @DefaultValue("true") boolean demoData,
        @DefaultValue("false") boolean embeddedDatabaseInMemory,
        @DefaultValue("local") String auth,
        @DefaultValue("false") boolean allowEmbeddedDatabaseInProd) {

    /** Where a visitor goes to log in: the portal's own page, or straight to Keycloak in {@code oidc} mode. */
    public String loginPath() {
        return isOidc() ? "oauth2/authorization/keycloak" : "login";
    }

    public boolean isOidc() {
        return "oidc".equals(auth);
    }
}
