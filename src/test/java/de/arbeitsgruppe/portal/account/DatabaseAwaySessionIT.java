package de.arbeitsgruppe.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.shared.mongo.EmbeddedMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A logged-in session while the database is away: the account check on every request cannot read
 * the account, yet the user gets the portal's message, not the generic error page, and stays logged in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DatabaseAwaySessionIT {

    @Autowired
    EmbeddedMongoServer database;
    @LocalServerPort
    int port;

    @AfterEach
    void bringsTheDatabaseBack() {
        database.resume();
    }

    @Test
    void aLoggedInUserSeesTheMessageAndStaysLoggedInUntilTheDatabaseIsBack() throws Exception {
        var browser = new PortalHttp(port).loggedInAs("anna.koordination");
        assertThat(browser.get("/organisationen").statusCode()).isEqualTo(200);

        database.pause();
        var page = browser.get("/organisationen");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Die Datenbank ist gerade nicht erreichbar.")
                .doesNotContain("Exception", "at de.", "at org.");

        database.resume();
        var deadline = System.nanoTime() + 30_000_000_000L;
        var again = browser.get("/organisationen");
        while (again.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            again = browser.get("/organisationen");
        }
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Location")).isEmpty();
    }
}
