package de.arbeitsgruppe.portal.load;

import static de.arbeitsgruppe.portal.load.Vaadin.navigate;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * One main view per virtual user, opened as a user opens it (log in, click the menu entry), for the
 * memory measurement: the sessions stay open while the heap is counted.
 */
final class HeldViews {

    private final SimulatedUsers accounts;
    private final AccountPool members;
    private final AccountPool offices;
    private final AccountPool partners;

    /** The simulation's accounts and pools: a held session keeps its account, so no two share one. */
    HeldViews(SimulatedUsers accounts, AccountPool members, AccountPool offices, AccountPool partners) {
        this.accounts = accounts;
        this.members = members;
        this.offices = offices;
        this.partners = partners;
    }

    ChainBuilder open(String view) {
        return exec(openOnly(view)).exec(Vaadin.shown());
    }

    private ChainBuilder openOnly(String view) {
        return switch (view) {
            case "start" -> member();
            case "kalender", "ansprechpartner", "termine" -> member().exec(navigate("open " + view, session -> view));
            case "protokoll" -> member().exec(navigate("open minutes",
                    session -> "termine/" + accounts.minutes(session.getInt("n") % accounts.minutesCount()) + "/protokoll"));
            case "tagesordnung" -> office().exec(navigate("open agenda",
                    session -> "termine/" + accounts.officeMeeting(session.getInt("n")) + "/tagesordnung"));
            case "tafel" -> office().exec(navigate("open task board", session -> "aufgaben/tafel"));
            case "angebote" -> partner().exec(navigate("open offers", session -> "angebote"));
            case "katalog" -> exec(http("open catalogue").get("/katalog").check(status().is(200)));
            default -> throw new IllegalArgumentException("no such view to hold: " + view);
        };
    }

    /** The user closes the tab (the unload beacon); the anonymous catalogue has no UI to release. */
    static ChainBuilder close(String view) {
        return "katalog".equals(view) ? exec(session -> session) : exec(Vaadin.closeTab("close tab"));
    }

    private ChainBuilder member() {
        return PortalSimulation.signIn(members, LoadIds::member);
    }

    private ChainBuilder office() {
        return PortalSimulation.signIn(offices, LoadIds::office);
    }

    private ChainBuilder partner() {
        return PortalSimulation.signIn(partners, LoadIds::partner);
    }
}
