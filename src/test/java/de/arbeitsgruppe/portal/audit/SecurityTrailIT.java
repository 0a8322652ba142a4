package de.arbeitsgruppe.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.LoginForm;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.audit.internal.AuditStore;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

/**
 * Logins through the real filter chain, the login protection and an admin's actions end up in the
 * trail as security events, with the name as typed and never a password.
 */
@SpringBootTest
@ActiveProfiles("test")
class SecurityTrailIT {

    private static final String PASSWORD = "Richtiges-Passwort-8";
    private static final String WRONG = "Falsches-Passwort-8";

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountManagement accounts;
    @Autowired
    AuditTrail trail;
    @Autowired
    MongoTemplate mongo;

    private LoginForm form;
    private String username;
    private String accountId;

    @BeforeEach
    void setUp() {
        form = new LoginForm(context);
        username = "spur." + UUID.randomUUID().toString().substring(0, 8);
        accountId = SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> accounts.create(
                new Account(username, "Sven Spur", Role.MEMBER, "org-jobcenter-musterstadt"), PASSWORD)).getId();
    }

    @Test
    void failedLoginsTheLockItsLiftingAndTheLoginAreInTheTrailWithoutAnyPassword() throws Exception {
        var address = "2001:db8::" + UUID.randomUUID().toString().substring(0, 4);
        for (int i = 0; i < 5; i++) {
            login(username, WRONG, address);
        }
        SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> accounts.unlock(accountId));
        login(username, PASSWORD, address);

        var entries = SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> trail.find(
                new AuditFilter(null, null, "accounts", null, Formats.today(), null), 0, 200)).stream()
                .filter(entry -> username.equals(entry.recordId())).toList();

        // the fifth attempt locks the account while it is refused, so the lock comes before its failure
        assertThat(entries).extracting(AuditEntry::kind).containsExactly(AuditKind.LOGIN, AuditKind.ACCOUNT_UNLOCKED,
                AuditKind.LOGIN_FAILED, AuditKind.ACCOUNT_LOCKED, AuditKind.LOGIN_FAILED, AuditKind.LOGIN_FAILED,
                AuditKind.LOGIN_FAILED, AuditKind.LOGIN_FAILED);
        assertThat(entries.getFirst().actor().displayName()).isEqualTo("Sven Spur");
        assertThat(entries.get(1).actor().username()).isEqualTo(SignedIn.ADMIN);
        assertThat(entries.get(2).actor().username()).isEqualTo(username);
        assertThat(entries.get(3).actor().isSystem()).isTrue();
        assertThat(entries.get(3).detail()).isNotBlank();
        var everything = mongo.findAll(Document.class, AuditStore.COLLECTION).stream().map(Document::toJson).toList();
        assertThat(everything).noneMatch(json -> json.contains(WRONG) || json.contains(PASSWORD));
    }

    @Test
    void aFailedLoginOfAnotherWorkingGroupsAccountStaysInThatGroupsTrail() throws Exception {
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(accountId)),
                new org.springframework.data.mongodb.core.query.Update().set("workingGroupId", "ag-nachbarkreis"), "accounts");

        login(username, WRONG, "2001:db8::" + UUID.randomUUID().toString().substring(0, 4));

        var seenHere = SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> trail.find(
                new AuditFilter(username, null, null, null, Formats.today(), null), 0, 10));
        assertThat(seenHere).extracting(AuditEntry::kind).doesNotContain(AuditKind.LOGIN_FAILED);
        var stored = mongo.find(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("actor.username").is(username)
                        .and("kind").is("LOGIN_FAILED")), Document.class, AuditStore.COLLECTION);
        assertThat(stored).singleElement().satisfies(entry -> assertThat(entry.getString("workingGroupId")).isEqualTo("ag-nachbarkreis"));
    }

    @Test
    void aFailedLoginUnderAnUnknownNameKeepsTheNameAsTyped() throws Exception {
        var typed = "unbekannt-" + UUID.randomUUID().toString().substring(0, 6);
        login(typed, WRONG, "2001:db8::" + UUID.randomUUID().toString().substring(0, 4));

        // found under the event: a name that belongs to no account has no list of its own (anyone can type millions)
        var failed = SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> trail.find(
                new AuditFilter(null, null, null, AuditKind.LOGIN_FAILED, Formats.today(), null), 0, 500))
                .stream().filter(entry -> typed.equals(entry.actor().username())).toList();

        assertThat(failed).singleElement().satisfies(entry -> {
            assertThat(entry.actor().username()).isEqualTo(typed);
            assertThat(entry.actor().displayName()).isNull();
        });
    }

    @Test
    void aRefusedServiceCallIsInTheTrailWithTheMethodAndWho() {
        try {
            SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> accounts.findAll());
        } catch (AccessDeniedException expected) {
            // the refusal is what this test is about
        }

        var refused = SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> trail.find(
                new AuditFilter(SignedIn.PARTNER, null, null, AuditKind.ACCESS_REFUSED, Formats.today(), null), 0, 10));

        assertThat(refused).isNotEmpty();
        assertThat(refused.getFirst().detail()).isEqualTo("AccountManagement.findAll");
    }

    private void login(String name, String password, String from) throws Exception {
        form.send(name, password, from, new MockHttpSession());
    }

}
