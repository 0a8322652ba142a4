package de.arbeitsgruppe.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The prod profile behind a TLS reverse proxy (which says so with X-Forwarded-Proto): browsers are
 * told to use HTTPS only, and the session cookie never travels without TLS nor reaches scripts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mongodb.database=prod-headers-test-${random.uuid}")
@ActiveProfiles({"test", "prod"})
class ProductionHeadersIT {

    @LocalServerPort
    int port;

    @Test
    void overHttpsTheLoginPageAsksForHttpsOnlyAndSecuresTheSessionCookie() throws Exception {
        var response = new PortalHttp(port).get("/login", "X-Forwarded-Proto", "https");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }
}
