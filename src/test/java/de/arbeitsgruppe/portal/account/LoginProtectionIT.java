package de.arbeitsgruppe.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.LoginForm;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.shared.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.context.WebApplicationContext;

/**
 * The local login against guessing, through the real filter chain: locks after five failures, the
 * same answer for every refusal, the lock an admin lifts, the slowed-down client address, and the
 * state shared through MongoDB under concurrent failures.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class LoginProtectionIT {

    private static final String PASSWORD = "Richtiges-Passwort-7";
    private static final String WRONG = "Falsches-Passwort-7";
    private static final int PORTAL_REACHED = LoginForm.PORTAL_REACHED;

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountManagement management;
    @Autowired
    LoginProtection protection;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationEvents events;

    LoginForm form;
    private String username;
    private String address;

    @BeforeEach
    void setUp() {
        form = new LoginForm(context);
        username = "schutz." + UUID.randomUUID().toString().substring(0, 8);
        // an address of its own per test, so that no test slows down another one's logins
        address = "2001:db8::" + UUID.randomUUID().toString().substring(0, 4);
        SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> management.create(
                new Account(username, "Sabine Schutz", Role.MEMBER, "org-jobcenter-musterstadt"), PASSWORD));
    }

    @Test
    void locksTheAccountAfterFiveWrongPasswordsAndRefusesEvenTheRightOneUntilAnAdminLiftsTheLock() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(login(username, WRONG, address)).isEqualTo("/login?error");
        }
        assertThat(lockedUntil()).isNull();

        assertThat(login(username, WRONG, address)).isEqualTo("/login?error");

        var until = lockedUntil();
        assertThat(until).isBetween(Instant.now().plus(Duration.ofMinutes(14)), Instant.now().plus(Duration.ofMinutes(16)));
        assertThat(events.stream(AccountLocked.class)).containsExactly(new AccountLocked(username, until));
        var session = new MockHttpSession();
        assertThat(login(username, PASSWORD, address, session)).isEqualTo("/login?error");
        assertThat(loggedIn(session)).isFalse();

        SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> management.unlock(accountId()));

        assertThat(events.stream(AccountUnlocked.class)).containsExactly(new AccountUnlocked(username));
        assertThat(lockedUntil()).isNull();
        assertThat(login(username, PASSWORD, address, session)).isEqualTo("/");
        assertThat(loggedIn(session)).isTrue();
    }

    @Test
    void answersAnUnknownNameExactlyAsAWrongPasswordAndStoresNeitherNameNorPassword() throws Exception {
        var unknown = "Sommer2026-geheim";

        assertThat(login(unknown, WRONG, address)).isEqualTo(login(username, WRONG, address)).isEqualTo("/login?error");

        var stored = mongo.getCollection("login_attempts").find().map(Document::toJson).into(new java.util.ArrayList<>());
        assertThat(String.join("\n", stored)).doesNotContain(unknown.toLowerCase(), WRONG).contains("account:" + username);
    }

    @Test
    void forgetsTheFailuresOfAnAccountAtItsNextSuccessfulLogin() throws Exception {
        for (int i = 0; i < 4; i++) {
            login(username, WRONG, address);
        }
        assertThat(login(username, PASSWORD, address)).isEqualTo("/");

        for (int i = 0; i < 4; i++) {
            login(username, WRONG, address);
        }

        assertThat(lockedUntil()).isNull();
        assertThat(login(username, PASSWORD, address)).isEqualTo("/");
    }

    @Test
    void makesAnAddressThatTriedManyNamesWaitWithoutLockingTheAccountsForOthers() throws Exception {
        for (int i = 0; i < 20; i++) {
            login("raten-" + i + "-" + UUID.randomUUID().toString().substring(0, 4), WRONG, address);
        }

        assertThat(login(username, PASSWORD, address)).isEqualTo("/login?error");
        assertThat(login(username, PASSWORD, "203.0.113.9")).isEqualTo("/");
    }

    @Test
    void letsAtMostFiveOfTwelveParallelAttemptsReachThePasswordCheckAndLocksTheAccount() throws Exception {
        var start = new CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            var attempts = IntStream.range(0, 12).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return protection.admit(username, null);
            }, pool)).toList();
            start.countDown();

            var admitted = attempts.stream().map(CompletableFuture::join).filter(LoginProtection.Admission::admitted).count();

            assertThat(admitted).isEqualTo(5);
            assertThat(lockedUntil()).isNotNull();
            assertThat(protection.admit(username, null).admitted()).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void forgetsTheCountersOfAnAddressOnceTheyHaveExpired() throws Exception {
        login(username, WRONG, address);
        assertThat(mongo.findById(LoginProtection.ADDRESS + address, Document.class, "login_attempts")).isNotNull();

        protection.forgetExpiredBefore(Instant.now().plus(Duration.ofDays(2)));

        assertThat(mongo.findById(LoginProtection.ADDRESS + address, Document.class, "login_attempts")).isNull();
        assertThat(mongo.findById(LoginProtection.ACCOUNT + username, Document.class, "login_attempts")).isNull();
    }

    private Instant lockedUntil() {
        return SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> management.lockedUntil()).get(username);
    }

    private String accountId() {
        return SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> management.findAll()).stream()
                .filter(account -> account.getUsername().equals(username)).findFirst().orElseThrow().getId();
    }

    private String login(String name, String password, String from) throws Exception {
        return login(name, password, from, new MockHttpSession());
    }

    /** Sends the login form as the browser would; where the portal sends the browser next. */
    private String login(String name, String password, String from, MockHttpSession session) throws Exception {
        return form.send(name, password, from, session);
    }

    private static boolean loggedIn(MockHttpSession session) {
        return !session.isInvalid() && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null;
    }
}
