package de.arbeitsgruppe.portal.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The realm users deploy ({@code keycloak/realm-arbeitsgruppe.json}) in a real Keycloak. */
class KeycloakRealmIT {

    private static final String PASSWORD = "Passwort-123";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakServer.shared();
        keycloak.admin().applyTestOverlay();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "erik.admin, admin, landkreis-musterstadt, Erik Admin",
            "anna.koordination, coordinator, landkreis-musterstadt, Anna Koordination",
            "bernd.agentur, member, agentur-musterstadt, Bernd Agentur",
            "clara.jobcenter, member, jobcenter-musterstadt, Clara Jobcenter",
            "dora.caritas, partner, caritas-musterstadt, Dora Caritas"})
    void idTokenAndUserinfoCarryTheDemoUsersRoleAndOrganisation(String username, String role, String organisation,
            String name) {
        var tokens = tokens(username, PASSWORD);
        var idToken = claims(tokens.get("id_token").asString());
        var userinfo = JSON.readTree(KeycloakHttp.get(keycloak.issuerUri() + "/protocol/openid-connect/userinfo",
                tokens.get("access_token").asString()).body());

        for (JsonNode claims : List.of(idToken, userinfo)) {
            assertThat(strings(claims.get("roles"))).containsExactly(role);
            assertThat(organisationAliases(claims.get("organization"))).containsExactly(organisation);
            assertThat(claims.get("preferred_username").asString()).isEqualTo(username);
            assertThat(claims.get("name").asString()).isEqualTo(name);
            assertThat(claims.get("email").asString()).isEqualTo(username + "@musterstadt.example");
        }
    }

    @Test
    void portalClientIsConfidentialWithAuthorizationCodeFlowOnlyAndRequiresPkceS256() {
        var portal = keycloak.admin().client(KeycloakServer.PORTAL_CLIENT_ID);

        assertThat(portal.get("publicClient").asBoolean()).isFalse();
        assertThat(portal.get("clientAuthenticatorType").asString()).isEqualTo("client-secret");
        assertThat(portal.get("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(portal.get("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(portal.get("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(portal.get("serviceAccountsEnabled").asBoolean()).isFalse();
        assertThat(portal.get("attributes").get("pkce.code.challenge.method").asString()).isEqualTo("S256");
        assertThat(strings(portal.get("defaultClientScopes"))).contains("organization", "profile", "email");
    }

    @Test
    void portalLoginRunsThroughUsernameAndPasswordPagesAndRpInitiatedLogoutEndsTheSsoSession() {
        String portal = keycloak.admin().client(KeycloakServer.PORTAL_CLIENT_ID).get("rootUrl").asString();
        String redirect = portal + "/login/oauth2/code/keycloak";
        var browser = new BrowserlessLogin(keycloak.issuerUri(), KeycloakServer.PORTAL_CLIENT_ID, redirect);

        var usernamePage = browser.authorize();
        assertThat(usernamePage.body()).contains("id=\"username\"").doesNotContain("id=\"password\"");
        var passwordPage = browser.submit(usernamePage, "username", "dora.caritas");
        assertThat(passwordPage.body()).contains("id=\"password\"").contains("dora.caritas");
        var answer = browser.submit(passwordPage, "password", PASSWORD);

        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirect + "?");
        var tokens = exchange(queryParameter(location, "code"), redirect, browser.codeVerifier());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        String idToken = JSON.readTree(tokens.body()).get("id_token").asString();
        assertThat(strings(claims(idToken).get("roles"))).containsExactly("partner");
        assertThat(organisationAliases(claims(idToken).get("organization"))).containsExactly("caritas-musterstadt");
        assertThat(browser.authorize().statusCode()).as("single sign-on: no login page while the session lives")
                .isEqualTo(302);

        var logout = browser.get(keycloak.issuerUri() + "/protocol/openid-connect/logout?id_token_hint=" + idToken
                + "&post_logout_redirect_uri=" + BrowserlessLogin.encode(portal + "/abgemeldet"));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location")).hasValue(portal + "/abgemeldet");
        var afterLogout = browser.authorize();
        assertThat(afterLogout.statusCode()).isEqualTo(200);
        assertThat(afterLogout.body()).contains("id=\"username\"");
    }

    @Test
    void codeIsNotExchangedWithoutTheMatchingPkceVerifier() {
        String redirect = portalRedirectUri();
        var browser = new BrowserlessLogin(keycloak.issuerUri(), KeycloakServer.PORTAL_CLIENT_ID, redirect);
        String location = browser.logIn("bernd.agentur", PASSWORD).headers().firstValue("Location").orElseThrow();

        var tokens = exchange(queryParameter(location, "code"), redirect, "another-verifier-of-43-characters-length-xx");

        assertThat(tokens.statusCode()).isEqualTo(400);
        assertThat(tokens.body()).contains("invalid_grant");
    }

    @Test
    void portalClientRefusesAnAuthorizationRequestWithoutPkce() {
        String redirect = portalRedirectUri();
        var response = KeycloakHttp.get(keycloak.issuerUri() + "/protocol/openid-connect/auth?response_type=code"
                + "&client_id=portal&scope=openid&state=s&redirect_uri="
                + URLEncoder.encode(redirect, StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(redirect).contains("error=invalid_request").contains("code_challenge_method"));
    }

    @Test
    void portalClientDoesNotAcceptPasswordsDirectly() {
        var response = KeycloakHttp.post(keycloak.issuerUri() + "/protocol/openid-connect/token",
                KeycloakHttp.form(Map.of("grant_type", "password", "client_id", "portal", "client_secret",
                        KeycloakServer.PORTAL_CLIENT_SECRET, "username", "anna.koordination", "password", PASSWORD)));

        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(response.body()).contains("unauthorized_client");
    }

    @Test
    void loginPagesSpeakGermanByDefault() {
        var response = KeycloakHttp.get(keycloak.issuerUri() + "/protocol/openid-connect/auth?response_type=code"
                + "&client_id=portal&scope=openid&state=s&code_challenge_method=S256"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeKt8URQd3cjJ8VoHn4QE&redirect_uri="
                + URLEncoder.encode(portalRedirectUri(), StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("lang=\"de\"").contains("id=\"username\"");
    }

    @Test
    void realmProtectsAgainstBruteForceAndWeakPasswords() {
        var realm = keycloak.admin().realm();

        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("failureFactor").asInt()).isEqualTo(5);
        assertThat(realm.get("permanentLockout").asBoolean()).isFalse();
        assertThat(realm.get("passwordPolicy").asString()).contains("length(12)", "notUsername", "passwordHistory(5)");
        assertThat(realm.get("accessTokenLifespan").asInt()).isEqualTo(300);
        assertThat(realm.get("ssoSessionIdleTimeout").asInt()).isEqualTo(1800);
        assertThat(realm.get("defaultLocale").asString()).isEqualTo("de");
        assertThat(realm.get("organizationsEnabled").asBoolean()).isTrue();
    }

    @Test
    void shortPasswordIsRejected() {
        String path = "/users/" + keycloak.admin().userId("clara.jobcenter") + "/reset-password";
        String body = "{\"type\":\"password\",\"value\":\"zu-kurz-1\",\"temporary\":false}";

        assertThat(catchThrowable(() -> keycloak.admin().call("PUT", path, body)))
                .hasMessageContaining("400").hasMessageContaining("invalidPasswordMinLengthMessage");
        assertThat(tokens("clara.jobcenter", PASSWORD).has("id_token")).isTrue();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountTemporarily() throws InterruptedException {
        String username = "bernd.agentur";
        try {
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(keycloak.passwordGrant(username, "falsches-Passwort").statusCode()).isIn(400, 401);
                // slower than Keycloak's quick-login check (1 s), so it is the failure count that locks
                Thread.sleep(1_100);
            }

            var sixth = keycloak.passwordGrant(username, PASSWORD);

            assertThat(sixth.statusCode()).isIn(400, 401);
            assertThat(sixth.body()).contains("invalid_grant");
            var status = keycloak.admin().bruteForceStatus(username);
            assertThat(status.get("disabled").asBoolean()).isTrue();
            assertThat(status.get("numFailures").asInt()).isEqualTo(5);
        } finally {
            keycloak.admin().unlock(username);
        }
        assertThat(keycloak.passwordGrant(username, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void healthEndpointReportsReady() {
        var response = KeycloakHttp.get(keycloak.healthUri());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }

    private static JsonNode tokens(String username, String password) {
        HttpResponse<String> response = keycloak.passwordGrant(username, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** What Spring Security's registration "keycloak" uses, on the portal address the client knows now. */
    private static String portalRedirectUri() {
        return keycloak.admin().client(KeycloakServer.PORTAL_CLIENT_ID).get("rootUrl").asString()
                + "/login/oauth2/code/keycloak";
    }

    private static HttpResponse<String> exchange(String code, String redirect, String codeVerifier) {
        return KeycloakHttp.post(keycloak.issuerUri() + "/protocol/openid-connect/token", KeycloakHttp.form(Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", redirect,
                "client_id", KeycloakServer.PORTAL_CLIENT_ID, "client_secret", KeycloakServer.PORTAL_CLIENT_SECRET,
                "code_verifier", codeVerifier)));
    }

    private static String queryParameter(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("No " + name + " in " + url);
    }

    private static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    /** Keycloak writes a list of aliases, or an object keyed by alias when attributes are added. */
    private static List<String> organisationAliases(JsonNode organization) {
        return organization.isObject() ? new ArrayList<>(organization.propertyNames()) : strings(organization);
    }
}
