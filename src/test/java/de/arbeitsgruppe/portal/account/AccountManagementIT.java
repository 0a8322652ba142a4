package de.arbeitsgruppe.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.account.internal.Accounts;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Role;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** Administration of accounts: lock-out rules, passwords, and working-group and input checks. */
@SpringBootTest
@ActiveProfiles("test")
class AccountManagementIT {

    private static final String ORGANISATION = "org-jobcenter-musterstadt";
    private static final String PASSWORD = "Sicheres-Passwort-42";

    @Autowired
    AccountManagement management;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    MongoTemplate mongo;

    private String suffix;

    @BeforeEach
    void chooseUniqueNames() {
        suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    @Test
    void keepsAnAdminFromDeactivatingHimself() {
        var self = accounts.findByUsername(SignedIn.ADMIN).orElseThrow();

        assertThatThrownBy(() -> asAdmin(() -> management.setActive(self.getId(), false)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(accounts.findByUsername(SignedIn.ADMIN).orElseThrow().isActive()).isTrue();
        assertThat(userDetails.loadUserByUsername(SignedIn.ADMIN).isEnabled()).isTrue();
    }

    @Test
    void keepsAnAdminFromTakingAwayHisOwnRole() {
        var self = accounts.findByUsername(SignedIn.ADMIN).orElseThrow();
        self.setRole(Role.MEMBER);

        assertThatThrownBy(() -> asAdmin(() -> management.update(self))).isInstanceOf(AccessDeniedException.class);

        assertThat(accounts.findByUsername(SignedIn.ADMIN).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void disablesTheLoginOfADeactivatedAccountAndForgetsItsSession() {
        var account = create("ulla-" + suffix);

        asAdmin(() -> management.setActive(account.getId(), false));

        assertThat(userDetails.loadUserByUsername("ulla-" + suffix).isEnabled()).isFalse();
        assertThat(SignedIn.as("ulla-" + suffix, Role.MEMBER, () -> currentUser.find())).isEmpty();

        asAdmin(() -> management.setActive(account.getId(), true));
        assertThat(userDetails.loadUserByUsername("ulla-" + suffix).isEnabled()).isTrue();
    }

    @Test
    void refusesANewAccountWithoutPasswordInLocalMode() {
        assertThatThrownBy(() -> asAdmin(() -> management.create(account("ohne-" + suffix), null)))
                .isInstanceOf(InvalidPasswordException.class);
        assertThat(accounts.existsByUsername("ohne-" + suffix)).isFalse();
    }

    @Test
    void rejectsPasswordsBelowThePolicyAndStoresNothing() {
        assertThatThrownBy(() -> asAdmin(() -> management.create(account("kurz-" + suffix), "Kurz-123")))
                .isInstanceOf(InvalidPasswordException.class)
                .extracting(e -> ((InvalidPasswordException) e).translationKey()).isEqualTo("password.tooShort");
        assertThat(accounts.existsByUsername("kurz-" + suffix)).isFalse();

        var existing = create("reset-" + suffix);
        var hashBefore = accounts.findById(existing.getId()).orElseThrow().getPasswordHash();
        assertThatThrownBy(() -> asAdmin(() -> management.resetPassword(existing.getId(), "nurbuchstabenohneziffer")))
                .isInstanceOf(InvalidPasswordException.class)
                .extracting(e -> ((InvalidPasswordException) e).translationKey()).isEqualTo("password.tooSimple");
        assertThat(accounts.findById(existing.getId()).orElseThrow().getPasswordHash()).isEqualTo(hashBefore);
    }

    @Test
    void storesABcryptHashAndNeverThePassword() {
        var account = create("hash-" + suffix);

        var hash = accounts.findById(account.getId()).orElseThrow().getPasswordHash();
        assertThat(hash).isNotEqualTo(PASSWORD).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThat(passwordEncoder.matches(PASSWORD, hash)).isTrue();
        var raw = mongo.getCollection("accounts").find(new Document("username", "hash-" + suffix)).first();
        assertThat(raw.toJson()).doesNotContain(PASSWORD);
    }

    @Test
    void neverListsOrChangesAnAccountOfAnotherWorkingGroup() {
        var foreign = account("anderswo-" + suffix);
        foreign.setWorkingGroupId("ag-anderswo");
        foreign.setPasswordHash(passwordEncoder.encode(PASSWORD));
        var foreignId = mongo.insert(foreign).getId();

        asAdmin(() -> {
            assertThat(management.findAll()).noneMatch(a -> a.getId().equals(foreignId));
            assertThatThrownBy(() -> management.setActive(foreignId, false)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> management.resetPassword(foreignId, "Uebernommen-123"))
                    .isInstanceOf(AccessDeniedException.class);
            var guessed = account("anderswo-" + suffix);
            guessed.setId(foreignId);
            guessed.setRole(Role.ADMIN);
            assertThatThrownBy(() -> management.update(guessed)).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        var stored = mongo.findById(foreignId, Account.class);
        assertThat(stored.isActive()).isTrue();
        assertThat(stored.getRole()).isEqualTo(Role.MEMBER);
        assertThat(passwordEncoder.matches(PASSWORD, stored.getPasswordHash())).isTrue();
    }

    @Test
    void rejectsAnInvalidEmailAnOverlongNameAndABlankNameAndStoresNothing() {
        var invalidEmail = account("mail-" + suffix);
        invalidEmail.setEmail("ulla@@jobcenter");
        var overlong = account("lang-" + suffix);
        overlong.setDisplayName("U".repeat(121));
        var blank = account("leer-" + suffix);
        blank.setDisplayName("  ");

        for (var account : List.of(invalidEmail, overlong, blank)) {
            assertThatThrownBy(() -> asAdmin(() -> management.create(account, PASSWORD)))
                    .isInstanceOf(ConstraintViolationException.class);
            assertThat(accounts.existsByUsername(account.getUsername())).as(account.getUsername()).isFalse();
        }
    }

    @Test
    void refusesATakenUsernameWhateverItsCase() {
        assertThatThrownBy(() -> asAdmin(() -> management.create(account("Erik.Admin"), PASSWORD)))
                .isInstanceOf(UsernameTakenException.class);
    }

    @Test
    void turnsTheSecondOfTwoStaleSavesIntoAConflictAndKeepsTheFirst() {
        var id = create("stale-" + suffix).getId();
        var first = asAdmin(() -> load(id));
        var second = asAdmin(() -> load(id));
        first.setDisplayName("Erste Änderung");
        second.setDisplayName("Zweite Änderung");

        asAdmin(() -> management.update(first));
        assertThatThrownBy(() -> asAdmin(() -> management.update(second))).isInstanceOf(ConflictException.class);

        assertThat(accounts.findById(id).orElseThrow().getDisplayName()).isEqualTo("Erste Änderung");
    }

    @Test
    void storesMarkupLikeInputVerbatimForTheUiToEscape() {
        var account = account("markup-" + suffix);
        account.setDisplayName("<img src=x onerror=alert(1)> Ulla & \"Co\"");

        var id = asAdmin(() -> management.create(account, PASSWORD)).getId();

        assertThat(accounts.findById(id).orElseThrow().getDisplayName())
                .isEqualTo("<img src=x onerror=alert(1)> Ulla & \"Co\"");
    }

    private Account create(String username) {
        return asAdmin(() -> management.create(account(username), PASSWORD));
    }

    private Account load(String id) {
        return management.findAll().stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
    }

    private static Account account(String username) {
        var account = new Account(username, "Ulla Test", Role.MEMBER, ORGANISATION);
        account.setEmail(username.toLowerCase() + "@jobcenter.example");
        return account;
    }

    private static <T> T asAdmin(Supplier<T> action) {
        return SignedIn.as(SignedIn.ADMIN, Role.ADMIN, action);
    }
}
