package de.arbeitsgruppe.portal.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.mongo.EmbeddedMongoServer;
import de.arbeitsgruppe.portal.shared.ui.DatabaseAwayView;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The database goes away while the portal runs (the embedded server closes its port and every
 * connection, as a restarting MongoDB would) and comes back. The organisation form stands for every
 * form that saves through {@code SaveFailures}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
class DatabaseAwayIT extends ViewTest {

    static final String MESSAGE = "Die Datenbank ist gerade nicht erreichbar. Ihre Eingaben sind nicht gespeichert; "
            + "bitte versuchen Sie es in einigen Minuten erneut.";

    @Autowired
    EmbeddedMongoServer database;
    @Autowired
    OrganisationManagement organisations;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void bringsTheDatabaseBack() {
        database.resume();
    }

    @Test
    void keepsWhatTheUserTypedWhileTheDatabaseIsAwayAndSavesItOnceItIsBack() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        var name = unique("Nachbarschaftshilfe");
        var view = navigate("organisationen/neu", OrganisationEditView.class);
        test(view.form.name).setValue(name);
        test(view.form.shortName).setValue("Kurz");
        test(view.form.kind).selectItem("Sonstige");
        test(view.form.membership).selectItem("Partner");

        database.pause();

        var health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"");

        var started = Instant.now();
        test(view.save).click();
        assertThat(Duration.between(started, Instant.now())).as("the user waits seconds, not half a minute")
                .isLessThan(Duration.ofSeconds(15));
        assertThat(notifications()).contains(MESSAGE);
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.form.name.getValue()).isEqualTo(name);
        assertThat(view.form.shortName.getValue()).isEqualTo("Kurz");

        database.resume();
        awaitHealthUp();

        test(view.save).click();
        assertThat(notifications()).contains("Gespeichert.");
        assertThat(getCurrentView()).isInstanceOf(OrganisationDetailView.class);
        assertThat(organisations.search(name, Set.of())).singleElement()
                .satisfies(saved -> assertThat(saved.getShortName()).isEqualTo("Kurz"));
    }

    @Test
    void showsTheMessageWithStatus503InsteadOfAPageThatCannotReadItsData() throws Exception {
        database.pause();

        navigate("organisationen", DatabaseAwayView.class);
        assertThat(heading().getText()).isEqualTo("Datenbank nicht erreichbar");
        assertThat(textOf(getCurrentView())).contains(MESSAGE);

        var page = get("/veranstaltungen");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains(MESSAGE).doesNotContain("Exception", "at de.", "at org.");

        database.resume();
        awaitHealthUp();
        assertThat(get("/veranstaltungen").statusCode()).isEqualTo(200);
    }

    private void awaitHealthUp() throws Exception {
        var deadline = Instant.now().plusSeconds(30);
        while (get("/actuator/health").statusCode() != 200) {
            assertThat(Instant.now()).as("health UP again without a restart").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
