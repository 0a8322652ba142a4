package de.arbeitsgruppe.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every kind of answer over real HTTP carries the security headers — pages, the script bundle,
 * feeds, downloads, not-found and error answers — and error answers give nothing away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersIT {

    private static final Pattern BUNDLE = Pattern.compile("src=\"\\.?/?(VAADIN/build/[^\"]+\\.js)\"");

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/login", "/ical/oeffentlich.ics", "/ical/abo/unbekannt.ics", "/organisationen",
            "/impressum", "/gibt;es-nicht"})
    void anAnonymousVisitorGetsTheSecurityHeadersOnEveryAnswer(String path) throws Exception {
        assertSecurityHeaders(new PortalHttp(port).get(path));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/gibt-es-nicht", "/ical/termine/" + "m-arbeitgeberinformationstag.ics",
            "/ical/serien/s-ag-sitzungen.ics", "/ical/termine/gibt-es-nicht.ics", "/organisationen/neu"})
    void aLoggedInUserGetsTheSecurityHeadersOnEveryAnswer(String path) throws Exception {
        assertSecurityHeaders(new PortalHttp(port).loggedInAs("dora.caritas").get(path));
    }

    @Test
    void theScriptBundleCarriesTheSecurityHeaders() throws Exception {
        var http = new PortalHttp(port);
        var bundle = BUNDLE.matcher(http.get("/login").body());
        assertThat(bundle.find()).as("script bundle named on the login page").isTrue();

        var response = http.get("/" + bundle.group(1));

        assertThat(response.statusCode()).isEqualTo(200);
        assertSecurityHeaders(response);
    }

    @Test
    void anUnknownAddressAnswersNotFoundWithStatus404() throws Exception {
        var response = new PortalHttp(port).loggedInAs("bernd.agentur").get("/gibt-es-nicht");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Nicht gefunden");
    }

    @Test
    void aPageThatIsNotForThisUserAnswersWithStatus403() throws Exception {
        var response = new PortalHttp(port).loggedInAs("dora.caritas").get("/organisationen/neu");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Kein Zugriff");
    }

    @Test
    void aRejectedRequestNamesNoExceptionAndNoServerVersion() throws Exception {
        var response = new PortalHttp(port).get("/gibt;es-nicht");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("Tomcat", "\tat ", "java.");
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).as(response.uri().toString())
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "object-src 'none'",
                        "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"));
        assertThat(headers.firstValue("Referrer-Policy")).as(response.uri().toString()).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as(response.uri().toString())
                .hasValue(SecurityHeaders.PERMISSIONS_POLICY);
        assertThat(headers.firstValue("X-Content-Type-Options")).as(response.uri().toString()).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(response.uri().toString()).hasValue("DENY");
        // plain http outside the prod profile: no HSTS that would pin a developer's localhost to https
        assertThat(headers.firstValue("Strict-Transport-Security")).as(response.uri().toString()).isEmpty();
    }
}
