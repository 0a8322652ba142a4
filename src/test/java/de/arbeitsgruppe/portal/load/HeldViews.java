package de.arbeitsgruppe.portal.load;

import static de.arbeitsgruppe.portal.load.Vaadin.navigate;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * One main view per virtual user, opened as a user opens it (log in, click the menu entry), for the
 * memory measurement: the sessions stay open while the heap is counted.
 */
final class HeldViews {

    private static final AtomicInteger USERS = new AtomicInteger();

    private HeldViews() {
    }

    static ChainBuilder open(String view, SimulatedUsers accounts) {
        return switch (view) {
            case "start" -> member(accounts);
            case "kalender", "ansprechpartner", "termine" -> member(accounts).exec(navigate("open " + view, session -> view));
            case "protokoll" -> member(accounts).exec(navigate("open minutes",
                    session -> "termine/" + accounts.minutes(session.getInt("n") % accounts.minutesCount()) + "/protokoll"));
            case "tagesordnung" -> office(accounts).exec(navigate("open agenda",
                    session -> "termine/" + accounts.officeMeeting(session.getInt("n")) + "/tagesordnung"));
            case "tafel" -> office(accounts).exec(navigate("open task board", session -> "aufgaben/tafel"));
            case "angebote" -> partner(accounts).exec(navigate("open offers", session -> "angebote"));
            case "katalog" -> exec(http("open catalogue").get("/katalog").check(status().is(200)));
            default -> throw new IllegalArgumentException("no such view to hold: " + view);
        };
    }

    /** The user closes the tab (the unload beacon); the anonymous catalogue has no UI to release. */
    static ChainBuilder close(String view) {
        return "katalog".equals(view) ? exec(session -> session) : exec(Vaadin.closeTab("close tab"));
    }

    private static ChainBuilder member(SimulatedUsers accounts) {
        return signIn(LoadIds::member, accounts.members());
    }

    private static ChainBuilder office(SimulatedUsers accounts) {
        return signIn(LoadIds::office, accounts.offices());
    }

    private static ChainBuilder partner(SimulatedUsers accounts) {
        return signIn(LoadIds::partner, accounts.partners());
    }

    private static ChainBuilder signIn(IntFunction<String> account, int count) {
        return exec(session -> {
            var n = 1 + USERS.getAndIncrement() % count;
            return session.set("n", n).set("account", account.apply(n));
        }).exec(Vaadin.login("#{account}"));
    }
}
