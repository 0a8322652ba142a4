package de.arbeitsgruppe.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A foreign site cannot log a visitor's browser into an account of its choosing (login CSRF). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginCsrfIT {

    @LocalServerPort
    int port;

    @Test
    void aLoginPostedFromAForeignSiteWithoutTokenLogsNobodyIn() throws Exception {
        var browser = new PortalHttp(port);

        var login = browser.postLogin("username=anna.koordination&password=" + PortalHttp.encode(PortalHttp.PASSWORD),
                "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site");

        assertThat(login.headers().firstValue("Location")).satisfiesAnyOf(
                location -> assertThat(location).isEmpty(),
                location -> assertThat(location).hasValueSatisfying(target -> assertThat(target).contains("login")));
        var start = browser.get("/");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(target -> assertThat(target).endsWith("/login"));
    }

    @Test
    void theLoginFormWithItsTokenStillLogsIn() throws Exception {
        var browser = new PortalHttp(port).loggedInAs("anna.koordination");

        var start = browser.get("/");

        assertThat(start.statusCode()).isEqualTo(200);
    }
}
