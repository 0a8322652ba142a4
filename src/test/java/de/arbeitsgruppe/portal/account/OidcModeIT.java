package de.arbeitsgruppe.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.account.internal.Accounts;
import de.arbeitsgruppe.portal.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The {@code oidc} profile against {@link FakeKeycloak} on localhost: the context starts without
 * any other network, login goes straight to the identity provider with PKCE, each login creates or
 * updates the portal account, refusals land on "kein-zugang", a refused token refresh ends the
 * session, and logout ends the Keycloak session as well.
 */
@SpringBootTest
@ActiveProfiles({"test", "oidc"})
class OidcModeIT {

    private static final FakeKeycloak KEYCLOAK = new FakeKeycloak();
    private static final int PORTAL_REACHED = 299;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.keycloak.issuer-uri", KEYCLOAK::issuer);
        registry.add("spring.mongodb.database", () -> "oidc-mode-" + UUID.randomUUID());
    }

    @AfterAll
    static void stopKeycloak() {
        KEYCLOAK.close();
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    AccountManagement management;
    @Autowired
    OAuth2AuthorizedClientRepository authorizedClients;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        // what passes Spring Security ends here: MockMvc has no Vaadin servlet to forward to
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .addFilter((request, response, chain) -> ((HttpServletResponse) response).setStatus(PORTAL_REACHED))
                .build();
        KEYCLOAK.refuseRefreshes(false);
    }

    @Test
    void sendsAnonymousVisitorsStraightToKeycloakWithPkce() throws Exception {
        var start = mvc.perform(get("/")).andReturn().getResponse();
        assertThat(start.getStatus()).isEqualTo(302);
        assertThat(start.getRedirectedUrl()).endsWith("/oauth2/authorization/keycloak");

        var authorization = authorizationRedirect(new MockHttpSession());
        assertThat(authorization.getPath()).isEqualTo(URI.create(KEYCLOAK.endpoint("auth")).getPath());
        var parameters = UriComponentsBuilder.fromUri(authorization).build().getQueryParams();
        assertThat(parameters.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(parameters.getFirst("code_challenge")).isNotBlank();
        assertThat(parameters.getFirst("client_id")).isEqualTo("portal");
        assertThat(parameters.getFirst("scope")).isEqualTo("openid%20profile%20email%20organization");
    }

    @Test
    void sendsTheSecurityHeadersAndLetsFormsLeadOnlyToThePortalAndKeycloak() throws Exception {
        var keycloak = URI.create(KEYCLOAK.issuer());
        var response = mvc.perform(get("/")).andReturn().getResponse();

        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'", "object-src 'none'",
                "frame-ancestors 'none'", "form-action 'self' " + keycloak.getScheme() + "://" + keycloak.getRawAuthority());
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Permissions-Policy")).isEqualTo(SecurityHeaders.PERMISSIONS_POLICY);
    }

    @Test
    void offersNoLocalLoginForm() throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/login").with(csrf()).session(session).param("username", "bernd.agentur")
                .param("password", "Passwort-123")).andReturn();

        assertThat(loginIn(session)).isNull();
    }

    @Test
    void letsAnAdminCreateAnAccountWithoutPasswordThatLogsInThroughKeycloak() throws Exception {
        var username = "vorab." + UUID.randomUUID().toString().substring(0, 8);
        var account = new Account(username, "Vorab Angelegt", Role.MEMBER, "org-agentur-musterstadt");

        var created = SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> management.create(account, null));

        assertThat(accounts.findById(created.getId()).orElseThrow().getPasswordHash()).isNull();
        var login = login(OidcAccountMappingTest.claims(username, List.of("agentur-musterstadt"), List.of("member")));
        assertThat(login.response().getRedirectedUrl()).doesNotContain("kein-zugang");
        assertThat(loginIn(login.session()).getName()).isEqualTo(username);
    }

    @Test
    void createsTheAccountOnTheFirstLoginAndFollowsKeycloakOnTheNext() throws Exception {
        var username = "neu." + UUID.randomUUID().toString().substring(0, 8);

        var first = login(OidcAccountMappingTest.claims(username, List.of("agentur-musterstadt"), List.of("member")));
        assertThat(first.response().getRedirectedUrl()).doesNotContain("kein-zugang");
        var token = loginIn(first.session());
        assertThat(token.getName()).isEqualTo(username);
        assertThat(token.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MEMBER");
        var created = accounts.findByUsername(username).orElseThrow();
        assertThat(created.getOrganisationId()).isEqualTo("org-agentur-musterstadt");
        assertThat(created.getPasswordHash()).isNull();

        var second = login(OidcAccountMappingTest.claims(username, Map.of("jobcenter-musterstadt", Map.of()),
                List.of("member", "coordinator")));
        assertThat(loginIn(second.session()).getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_COORDINATOR");
        var updated = accounts.findByUsername(username).orElseThrow();
        assertThat(updated.getRole()).isEqualTo(Role.COORDINATOR);
        assertThat(updated.getOrganisationId()).isEqualTo("org-jobcenter-musterstadt");
        assertThat(updated.getId()).isEqualTo(created.getId());
    }

    @Test
    void doesNotGiveTheAccountOfADeletedKeycloakUserToANewUserWithTheSameName() throws Exception {
        var username = "wieder." + UUID.randomUUID().toString().substring(0, 8);
        var original = OidcAccountMappingTest.claims(username, List.of("agentur-musterstadt"), List.of("coordinator"));
        login(original);
        var account = accounts.findByUsername(username).orElseThrow();

        var recreated = new java.util.HashMap<>(original);
        recreated.put("sub", "id-neu-" + UUID.randomUUID());
        var login = login(recreated);

        assertThat(login.response().getRedirectedUrl()).isEqualTo("/kein-zugang?grund=reused-username");
        assertThat(loginIn(login.session())).isNull();
        var kept = accounts.findByUsername(username).orElseThrow();
        assertThat(kept.getOidcSubject()).isEqualTo("id-" + username);
        assertThat(kept.getVersion()).isEqualTo(account.getVersion());
    }

    @Test
    void linksAnAccountMadeBeforeSingleSignOnByItsNameOnTheFirstLoginAndByItsSubjectAfterwards() throws Exception {
        var username = "vorher." + UUID.randomUUID().toString().substring(0, 8);
        var before = new Account(username, "Vera Vorher", Role.MEMBER, "org-agentur-musterstadt");
        before.setWorkingGroupId("ag-musterstadt");
        var id = accounts.save(before).getId();

        var claims = OidcAccountMappingTest.claims(username, List.of("agentur-musterstadt"), List.of("member"));
        login(claims);
        var linked = accounts.findById(id).orElseThrow();
        assertThat(linked.getOidcSubject()).isEqualTo("id-" + username);
        assertThat(linked.getOidcIssuer()).isEqualTo(KEYCLOAK.issuer());

        // renamed in Keycloak: the same person keeps the same portal account and name
        var renamed = new java.util.HashMap<>(claims);
        renamed.put("preferred_username", username + ".neu");
        var token = loginIn(login(renamed).session());
        assertThat(token.getName()).isEqualTo(username);
        assertThat(accounts.findByUsername(username + ".neu")).isEmpty();
    }

    @Test
    void takesTheRoleFromEachRefreshedTokenNotOnlyFromTheLogin() throws Exception {
        var username = "befoerdert." + UUID.randomUUID().toString().substring(0, 8);
        var session = login(OidcAccountMappingTest.claims(username, List.of("agentur-musterstadt"), List.of("member"))).session();
        assertThat(loginIn(session).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MEMBER");

        KEYCLOAK.changeClaims(OidcAccountMappingTest.claims(username, List.of("agentur-musterstadt"), List.of("coordinator")));
        expireAccessToken(session);
        var response = mvc.perform(get("/organisationen").session(session)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(PORTAL_REACHED);
        assertThat(loginIn(session).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_COORDINATOR");
        assertThat(accounts.findByUsername(username).orElseThrow().getRole()).isEqualTo(Role.COORDINATOR);
    }

    @Test
    void endsTheSessionWhenARefreshedTokenNoLongerCarriesAPortalRole() throws Exception {
        var username = "entzogen." + UUID.randomUUID().toString().substring(0, 8);
        var session = login(OidcAccountMappingTest.claims(username, List.of("agentur-musterstadt"), List.of("member"))).session();

        KEYCLOAK.changeClaims(OidcAccountMappingTest.claims(username, List.of("agentur-musterstadt"), List.of()));
        expireAccessToken(session);
        var response = mvc.perform(get("/organisationen").session(session)).andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).endsWith("/oauth2/authorization/keycloak");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void anAdminDemotedInThePortalLosesTheAdminRightsOfHerOpenSessionAtOnce() throws Exception {
        var username = "herab." + UUID.randomUUID().toString().substring(0, 8);
        var session = login(OidcAccountMappingTest.claims(username, List.of("agentur-musterstadt"), List.of("admin"))).session();
        var account = accounts.findByUsername(username).orElseThrow();
        account.setRole(Role.MEMBER);
        account.raiseSecurityVersion();
        accounts.save(account);

        mvc.perform(get("/organisationen").session(session)).andReturn();

        assertThat(loginIn(session).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MEMBER");
        assertThat(loginIn(session).getName()).isEqualTo(username);
    }

    @Test
    void sendsAnUnknownOrganisationToTheNoAccessPageWithAKeycloakLogout() throws Exception {
        var login = login(OidcAccountMappingTest.claims("eva.fremd", List.of("landkreis-nachbarstadt"), List.of("member")));

        assertThat(login.response().getRedirectedUrl()).isEqualTo("/kein-zugang?grund=unknown-organisation");
        assertThat(loginIn(login.session())).isNull();
        assertThat(accounts.findByUsername("eva.fremd")).isEmpty();
        var logout = (String) login.session().getAttribute(NoAccessFailureHandler.LOGOUT_URL_ATTRIBUTE);
        assertThat(logout).startsWith(KEYCLOAK.endpoint("logout") + "?id_token_hint=")
                .contains("post_logout_redirect_uri=http://localhost/abgemeldet");
    }

    @Test
    void keepsADeactivatedPortalAccountOut() throws Exception {
        var username = "gesperrt." + UUID.randomUUID().toString().substring(0, 8);
        login(OidcAccountMappingTest.claims(username, List.of("caritas-musterstadt"), List.of("partner")));
        var account = accounts.findByUsername(username).orElseThrow();
        account.setActive(false);
        accounts.save(account);

        var login = login(OidcAccountMappingTest.claims(username, List.of("caritas-musterstadt"), List.of("partner")));

        assertThat(login.response().getRedirectedUrl()).isEqualTo("/kein-zugang?grund=deactivated");
        assertThat(loginIn(login.session())).isNull();
        assertThat(accounts.findByUsername(username).orElseThrow().isActive()).isFalse();
    }

    @Test
    void refreshesAnExpiredAccessTokenAndStaysLoggedIn() throws Exception {
        var session = login(OidcAccountMappingTest.claims("bernd.agentur", List.of("agentur-musterstadt"), List.of("member"))).session();
        expireAccessToken(session);
        var refreshesBefore = KEYCLOAK.refreshes.get();

        var response = mvc.perform(get("/organisationen").session(session)).andReturn().getResponse();

        assertThat(KEYCLOAK.refreshes.get()).isEqualTo(refreshesBefore + 1);
        assertThat(response.getStatus()).isEqualTo(PORTAL_REACHED);
        assertThat(loginIn(session)).isNotNull();
    }

    @Test
    void endsTheSessionWhenKeycloakRefusesTheRefreshOfAUserDisabledThere() throws Exception {
        var session = login(OidcAccountMappingTest.claims("clara.jobcenter", List.of("jobcenter-musterstadt"), List.of("member"))).session();
        expireAccessToken(session);
        KEYCLOAK.refuseRefreshes(true);

        var response = mvc.perform(get("/organisationen").session(session)).andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).endsWith("/oauth2/authorization/keycloak");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void logoutEndsTheKeycloakSessionAndComesBackToTheLoggedOutPage() throws Exception {
        var session = login(OidcAccountMappingTest.claims("anna.koordination", List.of("agentur-musterstadt"), List.of("coordinator"))).session();

        var response = mvc.perform(post("/logout").with(csrf()).session(session)).andReturn().getResponse();

        var logout = UriComponentsBuilder.fromUriString(response.getRedirectedUrl()).build();
        assertThat(response.getRedirectedUrl()).startsWith(KEYCLOAK.endpoint("logout"));
        assertThat(logout.getQueryParams().getFirst("id_token_hint")).isNotBlank();
        assertThat(logout.getQueryParams().getFirst("post_logout_redirect_uri")).isEqualTo("http://localhost/abgemeldet");
        assertThat(session.isInvalid()).isTrue();
    }

    // ---- the authorization code flow, with the browser's part played by the test

    private URI authorizationRedirect(MockHttpSession session) throws Exception {
        var response = mvc.perform(get("/oauth2/authorization/keycloak").session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return URI.create(response.getRedirectedUrl());
    }

    private record Login(MockHttpServletResponse response, MockHttpSession session) {
    }

    private Login login(Map<String, Object> claims) throws Exception {
        var session = new MockHttpSession();
        var parameters = UriComponentsBuilder.fromUri(authorizationRedirect(session)).build().getQueryParams();
        KEYCLOAK.nextLogin(claims, parameters.getFirst("nonce"));
        var callback = mvc.perform(get("/login/oauth2/code/keycloak").session(session)
                .param("code", "code-" + UUID.randomUUID())
                .param("state", URLDecoder.decode(parameters.getFirst("state"), StandardCharsets.UTF_8)))
                .andReturn().getResponse();
        assertThat(callback.getStatus()).isEqualTo(302);
        return new Login(callback, session);
    }

    private static OAuth2AuthenticationToken loginIn(MockHttpSession session) {
        if (session.isInvalid()) {
            return null;
        }
        var context = (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context != null && context.getAuthentication() instanceof OAuth2AuthenticationToken token ? token : null;
    }

    private void expireAccessToken(MockHttpSession session) {
        var request = new MockHttpServletRequest();
        request.setSession(session);
        var response = new MockHttpServletResponse();
        var principal = loginIn(session);
        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient("keycloak", principal, request);
        var expired = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "expired",
                Instant.now().minusSeconds(600), Instant.now().minusSeconds(300), client.getAccessToken().getScopes());
        authorizedClients.saveAuthorizedClient(new OAuth2AuthorizedClient(client.getClientRegistration(),
                client.getPrincipalName(), expired, client.getRefreshToken()), principal, request, response);
    }
}
