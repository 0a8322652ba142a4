package de.arbeitsgruppe.portal.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Vaadin Flow's client protocol as the browser speaks it, for Gatling. A page load returns HTML that
 * carries the UI's first state (its id, the session's {@code Vaadin-Security-Key}); the client then
 * connects with a {@code ui-navigate} event, and every later request is a UIDL message to
 * {@code ?v-r=uidl&v-uiId=…} with the security key as {@code csrfToken} and the {@code syncId} and
 * {@code clientId} the previous answer gave. Node ids of fields and buttons are read from the
 * answers ({@link UidlTree}). Nothing here turns off a check of the server.
 */
final class Vaadin {

    static final String PASSWORD = "Passwort-123";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":0,\"event.clientY\":0,\"event.altKey\":false,\"event.button\":0,"
            + "\"event.screenY\":0,\"event.screenX\":0}";

    private Vaadin() {
    }

    /** A full page load (typed address, reload, first visit) and the client's connect message. */
    static ChainBuilder openPage(String name, String path) {
        return exec(http(name).get(path).check(status().is(200), regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("securityKey"),
                        regex("\"v-uiId\":(\\d+)").transform(Integer::valueOf).saveAs("uiId"), bodyString().saveAs("answer"),
                        regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").optional().saveAs("springCsrf")))
                .exec(session -> session.set("syncId", 0).set("clientId", 0))
                .exec(uidl(name + " (connect)", session -> navigateEvent(path, "")))
                .exec(shown());
    }

    /** Sends the real login form (Spring Security's form login, as Vaadin's login form posts it) and connects the start page. */
    static ChainBuilder login(String username) {
        return openPage("login page", "/login")
                .exec(closeTab("login page (unload beacon)"))
                .exec(http("login").post("/login").formParam("_csrf", "#{springCsrf}").formParam("username", username)
                        .formParam("password", PASSWORD)
                        .check(status().is(200), substring("vaadin-login-form").notExists(),
                                regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("securityKey"),
                                regex("\"v-uiId\":(\\d+)").transform(Integer::valueOf).saveAs("uiId")))
                .exec(session -> session.set("syncId", 0).set("clientId", 0))
                .exec(uidl("start page (connect)", session -> navigateEvent("/", "")))
                .exec(shown());
    }

    /**
     * The browser's report that it has drawn a page, which the page's answer asks for (the portal's
     * ShownPageRelease): Chromium sends it at once, before the user reads; the server then keeps its
     * small answer instead of the page's.
     */
    static ChainBuilder shown() {
        return doIf(session -> session.contains("shownAsked") && session.getBoolean("shownAsked"))
                .then(exec(uidl("page shown (report)", session -> rpc(event(1, "portal-shown", "{}")))));
    }

    /**
     * What the browser sends when a page goes away (another address, the login form's post, a closed
     * tab): the client's {@code pagehide} beacon, after which the server releases the UI at once
     * instead of waiting for three missed heartbeats.
     */
    static HttpRequestActionBuilder closeTab(String name) {
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}").header("Content-Type", "text/plain;charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("securityKey") + "\",\"rpc\":[],\"syncId\":"
                        + session.getInt("syncId") + ",\"clientId\":" + session.getInt("clientId") + ",\"UNLOAD\":true}"))
                .check(status().is(200));
    }

    /** A click on a menu entry or link inside the application: the client-side router's navigation event. */
    static HttpRequestActionBuilder navigate(String name, Function<Session, String> route) {
        return uidl(name, session -> navigateEvent(route.apply(session), "client"))
                .check(substring("Nicht gefunden").notExists(), substring("Kein Zugriff").notExists(),
                        substring("vaadin-login-form").notExists(),
                        // Flow's view for any other exception while navigating (InternalServerError)
                        substring("There was an exception while trying to navigate").notExists());
    }

    static HttpRequestActionBuilder click(String name, String nodeAttribute) {
        return uidl(name, session -> "[" + event(session.getInt(nodeAttribute), "click", CLICK_DATA) + "]");
    }

    /** Types a value into a field and leaves it (the property sync and the {@code change} event a browser sends). */
    static String typed(int node, String value) {
        return sync(node, "value", value) + "," + event(node, "change", "{}");
    }

    static String sync(int node, String property, String value) {
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"" + property + "\",\"value\":"
                + quoted(value) + "}";
    }

    static String event(int node, String event, String data) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"" + event + "\",\"data\":" + data + "}";
    }

    static String clickEvent(int node) {
        return event(node, "click", CLICK_DATA);
    }

    static String rpc(String... calls) {
        return "[" + String.join(",", calls) + "]";
    }

    /** One UIDL message; the answer's sync and client ids are kept for the next one, and its body for node lookups. */
    static HttpRequestActionBuilder uidl(String name, Function<Session, String> rpc) {
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}").header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("securityKey") + "\",\"rpc\":"
                        + rpc.apply(session) + ",\"syncId\":" + session.getInt("syncId") + ",\"clientId\":"
                        + session.getInt("clientId") + "}"))
                .check(answerChecks());
    }

    /** Looks a node up in the answer just received; a missing field or button fails the request like a broken page would. */
    static CheckBuilder.Final node(Function<UidlTree, Integer> lookup, String saveAs) {
        return bodyString().transform(body -> lookup.apply(UidlTree.of(body))).saveAs(saveAs);
    }

    static CheckBuilder.Final node(java.util.function.BiFunction<UidlTree, Session, Integer> lookup, String saveAs) {
        return bodyString().transformWithSession((body, session) -> lookup.apply(UidlTree.of(body), session)).saveAs(saveAs);
    }

    private static List<CheckBuilder> answerChecks() {
        var checks = new ArrayList<CheckBuilder>();
        checks.add(status().is(200));
        // a redirect to an HTML page (the login page after a lost session) ends in 200 too, and the first UIDL
        // that page carries has a syncId and a clientId as well; the client would fail on it, so does the check
        checks.add(header("Content-Type").transform(type -> type.startsWith("application/json")).is(true));
        checks.add(regex("\"syncId\":(\\d+)").transform(Integer::valueOf).saveAs("syncId"));
        checks.add(regex("\"clientId\":(\\d+)").transform(Integer::valueOf).saveAs("clientId"));
        checks.add(regex("\"(appError|sessionExpired|resynchronize)\"").notExists());
        // what the portal shows when a query fails or times out (DatabaseAwayView, DatabaseAwayErrors): under
        // load the likeliest failure, and the answer is an ordinary one with status 200
        checks.add(substring("Die Datenbank ist gerade nicht erreichbar").notExists());
        checks.add(bodyString().transform(body -> body.contains("\"portal-shown\"")).saveAs("shownAsked"));
        return checks;
    }

    private static String navigateEvent(String address, String trigger) {
        var query = address.indexOf('?');
        var route = query < 0 ? address : address.substring(0, query);
        return "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":" + quoted(route)
                + ",\"query\":" + quoted(query < 0 ? "" : address.substring(query + 1))
                + ",\"appShellTitle\":\"Koordinierungsportal\",\"historyState\":{\"idx\":0},\"trigger\":\"" + trigger + "\"}}]";
    }

    private static String quoted(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
