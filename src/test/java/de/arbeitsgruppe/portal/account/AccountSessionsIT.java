package de.arbeitsgruppe.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.arbeitsgruppe.portal.LoginForm;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What an admin changes on an account reaches its open sessions at their next request: another
 * role replaces the session's rights, a password reset ends the other sessions, deactivation ends
 * all of them.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class AccountSessionsIT {

    private static final String PASSWORD = "Sitzungs-Passwort-1";
    private static final int PORTAL_REACHED = LoginForm.PORTAL_REACHED;

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountManagement management;
    @Autowired
    ApplicationEvents events;

    LoginForm form;
    MockMvc mvc;
    private String username;

    @BeforeEach
    void setUp() {
        form = new LoginForm(context);
        mvc = form.mvc();
        username = "sitzung." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdminDemotedToMemberLosesTheAdminRightsOfHerOpenSessionAtHerNextRequest() throws Exception {
        var account = create(Role.ADMIN);
        var session = login();
        assertThat(roles(session)).containsExactly("ROLE_ADMIN");

        account.setRole(Role.MEMBER);
        asAdmin(() -> management.update(account));

        assertThat(request(session)).isEqualTo(PORTAL_REACHED);
        assertThat(roles(session)).containsExactly("ROLE_MEMBER");
        assertThat(events.stream(AccountRoleChanged.class))
                .containsExactly(new AccountRoleChanged(username, Role.ADMIN, Role.MEMBER));
    }

    @Test
    void aPasswordResetEndsTheOpenSessionsOfTheAccount() throws Exception {
        var account = create(Role.MEMBER);
        var first = login();
        var second = login();

        asAdmin(() -> management.resetPassword(account.getId(), "Neues-Passwort-22"));

        assertThat(request(first)).isEqualTo(302);
        assertThat(first.isInvalid()).isTrue();
        request(second);
        assertThat(second.isInvalid()).isTrue();
    }

    @Test
    void anAdminWhoResetsHerOwnPasswordKeepsThatSessionAndLosesTheOthers() throws Exception {
        var account = create(Role.ADMIN);
        var own = login();
        var other = login();

        var request = new MockHttpServletRequest();
        request.setSession(own);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            SignedIn.as(username, Role.ADMIN, () -> management.resetPassword(account.getId(), "Eigenes-Passwort-22"));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        assertThat(request(own)).isEqualTo(PORTAL_REACHED);
        assertThat(roles(own)).containsExactly("ROLE_ADMIN");
        request(other);
        assertThat(other.isInvalid()).isTrue();
    }

    @Test
    void deactivationEndsTheSessionAndActivationIsAnnounced() throws Exception {
        var account = create(Role.MEMBER);
        var session = login();

        asAdmin(() -> management.setActive(account.getId(), false));
        request(session);
        asAdmin(() -> management.setActive(account.getId(), true));

        assertThat(session.isInvalid()).isTrue();
        assertThat(events.stream(AccountDeactivated.class)).containsExactly(new AccountDeactivated(username));
        assertThat(events.stream(AccountActivated.class)).containsExactly(new AccountActivated(username));
    }

    private Account create(Role role) {
        return asAdmin(() -> management.create(new Account(username, "Sina Sitzung", role, "org-landkreis-musterstadt"),
                PASSWORD));
    }

    private MockHttpSession login() throws Exception {
        var session = new MockHttpSession();
        var target = form.send(username, PASSWORD, null, session);
        assertThat(target).isEqualTo("/");
        return session;
    }

    private int request(MockHttpSession session) throws Exception {
        return mvc.perform(get("/organisationen").session(session)).andReturn().getResponse().getStatus();
    }

    private static java.util.List<String> roles(MockHttpSession session) {
        var context = (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication authentication = context.getAuthentication();
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).toList();
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> action) {
        return SignedIn.as(SignedIn.ADMIN, Role.ADMIN, action);
    }
}
