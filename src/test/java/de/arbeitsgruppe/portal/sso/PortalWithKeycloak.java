package de.arbeitsgruppe.portal.sso;

import de.arbeitsgruppe.portal.PortalApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Single sign-on on one machine without Docker: starts the Keycloak distribution from Maven Central
 * with the realm (as the tests do) and then the portal in {@code oidc} mode against it, with the
 * embedded database and demo data. Stop with Ctrl+C; Keycloak stops with it.
 *
 * <pre>./mvnw spring-boot:test-run -Dspring-boot.run.main-class=de.arbeitsgruppe.portal.sso.PortalWithKeycloak</pre>
 */
public final class PortalWithKeycloak {

    private static final String PORTAL_BASE_URL = "http://localhost:8080";

    private PortalWithKeycloak() {
    }

    public static void main(String[] args) {
        var keycloak = KeycloakServer.shared();
        keycloak.admin().usePortalBaseUrl(PORTAL_BASE_URL);
        System.out.printf("%nKeycloak %s is up at %s (admin console: %s/admin, %s / %s); starting the portal ...%n%n",
                KeycloakServer.VERSION, keycloak.issuerUri(), keycloak.baseUrl(), KeycloakServer.ADMIN_USERNAME,
                KeycloakServer.ADMIN_PASSWORD);
        // command-line arguments win over application-oidc.properties
        var settings = new String[] {"--spring.security.oauth2.client.provider.keycloak.issuer-uri=" + keycloak.issuerUri(),
                "--server.port=8080"};
        new SpringApplicationBuilder(PortalApplication.class).profiles("oidc")
                .run(java.util.stream.Stream.concat(java.util.Arrays.stream(settings), java.util.Arrays.stream(args))
                        .toArray(String[]::new));
        System.out.printf("%nPortal: %s — log in as one of the demo users of the README (password Passwort-123).%n%n",
                PORTAL_BASE_URL);
    }
}
