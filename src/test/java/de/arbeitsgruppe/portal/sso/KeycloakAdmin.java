package de.arbeitsgruppe.portal.sso;

import static de.arbeitsgruppe.portal.sso.KeycloakHttp.JSON;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin REST API of realm {@code arbeitsgruppe} in a {@link KeycloakServer}, called as the
 * test server's master admin. Every call fails with the answer's body on a non-2xx status.
 */
public final class KeycloakAdmin {

    private final KeycloakServer server;
    private boolean overlayApplied;

    KeycloakAdmin(KeycloakServer server) {
        this.server = server;
    }

    /** {@code path} relative to {@code /admin/realms/arbeitsgruppe}, e.g. {@code "/users?username=x"}. */
    public JsonNode call(String method, String path, String jsonBody) {
        var response = KeycloakHttp.sendJson(method, server.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + path,
                token(), jsonBody);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    public JsonNode realm() {
        return call("GET", "", null);
    }

    public JsonNode client(String clientId) {
        return call("GET", clientPath(clientId), null);
    }

    public String userId(String username) {
        var users = call("GET", "/users?exact=true&username=" + encode(username), null);
        if (users.isEmpty()) {
            throw new IllegalStateException("No user " + username + " in realm " + KeycloakServer.REALM);
        }
        return users.get(0).get("id").asString();
    }

    /** {@code numFailures}, {@code disabled} (locked right now) … of the brute-force detector. */
    public JsonNode bruteForceStatus(String username) {
        return call("GET", "/attack-detection/brute-force/users/" + userId(username), null);
    }

    /** Lifts a temporary brute-force lockout, so that later tests can log the user in again. */
    public void unlock(String username) {
        call("DELETE", "/attack-detection/brute-force/users/" + userId(username), null);
    }

    /**
     * Points the {@code portal} client's redirect URI, post-logout redirect URIs and web origin at a
     * portal on another address (a test portal on a random port), as {@code PORTAL_BASE_URL} does on
     * import. The snapshot always holds the default {@code http://localhost:8080}.
     */
    public void usePortalBaseUrl(String portalBaseUrl) {
        String path = clientPath(KeycloakServer.PORTAL_CLIENT_ID);
        var client = (ObjectNode) call("GET", path, null);
        client.put("rootUrl", portalBaseUrl);
        client.put("baseUrl", portalBaseUrl + "/");
        client.putArray("redirectUris").add(portalBaseUrl + "/login/oauth2/code/*");
        client.putArray("webOrigins").add(portalBaseUrl);
        ((ObjectNode) client.get("attributes")).put("post.logout.redirect.uris", portalBaseUrl + "/*");
        call("PUT", path, client.toString());
    }

    /** Adds what only tests need ({@code keycloak/test-overlay/}): the direct-grant client. Idempotent. */
    public synchronized void applyTestOverlay() {
        if (overlayApplied) {
            return;
        }
        try {
            call("POST", "/partialImport", Files.readString(KeycloakServer.TEST_OVERLAY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the test client sees exactly the realm roles the portal client sees (fullScopeAllowed is off)
        String portalScope = call("GET", clientPath(KeycloakServer.PORTAL_CLIENT_ID) + "/scope-mappings/realm", null)
                .toString();
        call("POST", clientPath(KeycloakServer.TEST_CLIENT_ID) + "/scope-mappings/realm", portalScope);
        overlayApplied = true;
    }

    private String clientPath(String clientId) {
        var clients = call("GET", "/clients?clientId=" + encode(clientId), null);
        if (clients.isEmpty()) {
            throw new IllegalStateException("No client " + clientId + " in realm " + KeycloakServer.REALM);
        }
        return "/clients/" + clients.get(0).get("id").asString();
    }

    private String token() {
        var response = KeycloakHttp.post(server.baseUrl() + "/realms/master/protocol/openid-connect/token",
                KeycloakHttp.form(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", KeycloakServer.ADMIN_USERNAME, "password", KeycloakServer.ADMIN_PASSWORD)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Admin login failed: " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
