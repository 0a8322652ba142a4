package de.arbeitsgruppe.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.Role;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Data-level rules of organisation profiles: a partner never sees or changes another organisation's
 * data by guessing an id, and bad or stale input never reaches the database.
 */
@SpringBootTest
@ActiveProfiles("test")
class OrganisationManagementIT {

    @Autowired
    OrganisationManagement organisations;
    @Autowired
    AccountManagement accounts;
    @Autowired
    MongoTemplate mongo;

    private String suffix;
    private String ownId;
    private String otherId;
    private String partner;

    @BeforeEach
    void createTwoPartnerOrganisationsAndAPartnerOfTheFirst() {
        suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        ownId = asCoordinator(() -> {
            var own = partnerOrganisation("Eigener Verein " + suffix);
            own.setAlias("eigen-" + suffix);
            return organisations.create(own).getId();
        });
        otherId = asCoordinator(() -> organisations.create(partnerOrganisation("Fremder Verein " + suffix)).getId());
        partner = "partner-" + suffix;
        SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> accounts.create(
                new Account(partner, "Paula Partner", Role.PARTNER, ownId), "Partner-Passwort-1"));
    }

    @Test
    void refusesAPartnerWhoUpdatesAnotherOrganisationAndChangesNothing() {
        var before = asCoordinator(() -> organisations.find(otherId).orElseThrow());

        assertThatThrownBy(() -> asPartner(() -> {
            var other = organisations.find(otherId).orElseThrow();
            other.setDescription("Übernommen");
            other.setEmail("falsch@example.org");
            return organisations.update(other);
        })).isInstanceOf(AccessDeniedException.class);

        var after = asCoordinator(() -> organisations.find(otherId).orElseThrow());
        assertThat(after.getDescription()).isEqualTo(before.getDescription());
        assertThat(after.getEmail()).isEqualTo(before.getEmail());
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
    }

    @Test
    void letsAPartnerUpdateItsOwnProfileButNotItsKindMembershipOrAlias() {
        var saved = asPartner(() -> {
            var own = organisations.find(ownId).orElseThrow();
            own.setDescription("Wir begleiten Geflüchtete zu Behörden.");
            own.setKind(OrganisationKind.KOMMUNE);
            own.setMembership(Membership.MEMBER);
            own.setAlias("landkreis-musterstadt");
            return organisations.update(own);
        });

        var stored = asCoordinator(() -> organisations.find(ownId).orElseThrow());
        assertThat(stored.getDescription()).isEqualTo("Wir begleiten Geflüchtete zu Behörden.");
        assertThat(stored.getKind()).isEqualTo(OrganisationKind.EHRENAMT);
        assertThat(stored.getMembership()).isEqualTo(Membership.PARTNER);
        assertThat(stored.getAlias()).isEqualTo("eigen-" + suffix);
        assertThat(saved.getKind()).isEqualTo(OrganisationKind.EHRENAMT);
    }

    @Test
    void turnsTheSecondOfTwoStaleSavesIntoAConflictAndKeepsTheFirst() {
        var first = asCoordinator(() -> organisations.find(ownId).orElseThrow());
        var second = asCoordinator(() -> organisations.find(ownId).orElseThrow());
        first.setPhone("+49 1234 1111");
        second.setPhone("+49 1234 2222");

        asCoordinator(() -> organisations.update(first));
        assertThatThrownBy(() -> asPartner(() -> organisations.update(second)))
                .isInstanceOf(ConflictException.class);

        assertThat(asCoordinator(() -> organisations.find(ownId).orElseThrow().getPhone())).isEqualTo("+49 1234 1111");
    }

    @Test
    void neverShowsOrChangesAnOrganisationOfAnotherWorkingGroupByItsId() {
        var foreign = partnerOrganisation("Anderswo Verein " + suffix);
        foreign.placeIn("ag-anderswo");
        var foreignId = mongo.insert(foreign).getId();

        Map.of(partner, Role.PARTNER, SignedIn.COORDINATOR, Role.COORDINATOR).forEach((user, role) -> SignedIn.as(user, role, () -> {
            assertThat(organisations.find(foreignId)).isEmpty();
            assertThat(organisations.search("Anderswo " + suffix, Set.of())).isEmpty();
            assertThat(organisations.summaries()).noneMatch(o -> o.id().equals(foreignId));
            var guessed = partnerOrganisation("Gekapert " + suffix);
            guessed.setId(foreignId);
            assertThatThrownBy(() -> organisations.update(guessed)).isInstanceOf(AccessDeniedException.class);
        }));
        assertThat(organisations.nameOf(foreignId, "ag-musterstadt")).isEmpty();
        assertThat(organisations.nameOf(foreignId, "ag-anderswo")).contains("Anderswo Verein " + suffix);
        var stored = mongo.findById(foreignId, Organisation.class);
        assertThat(stored.getName()).isEqualTo("Anderswo Verein " + suffix);
        assertThat(stored.getWorkingGroupId()).isEqualTo("ag-anderswo");
    }

    @Test
    void rejectsAnInvalidEmailAnOverlongNameAndABlankNameAndStoresNothing() {
        var invalidEmail = partnerOrganisation("Ungültig Mail " + suffix);
        invalidEmail.setEmail("kein-at-zeichen.example");
        var overlong = partnerOrganisation("Zu lang " + suffix + " " + "x".repeat(200));
        var blank = partnerOrganisation("   ");

        for (var organisation : List.of(invalidEmail, overlong, blank)) {
            organisation.setShortName("Ungültig " + suffix);
            assertThatThrownBy(() -> asCoordinator(() -> organisations.create(organisation)))
                    .isInstanceOf(ConstraintViolationException.class);
        }
        assertThat(mongo.count(new Query(Criteria.where("shortName").is("Ungültig " + suffix)), Organisation.class))
                .isZero();
    }

    @Test
    void rejectsAnInvalidUpdateAndKeepsTheStoredProfile() {
        assertThatThrownBy(() -> asPartner(() -> {
            var own = organisations.find(ownId).orElseThrow();
            own.setDescription("Neue Beschreibung");
            own.setWebsite("javascript:alert(1)");
            return organisations.update(own);
        })).isInstanceOf(ConstraintViolationException.class);

        var stored = asCoordinator(() -> organisations.find(ownId).orElseThrow());
        assertThat(stored.getDescription()).isNull();
        assertThat(stored.getWebsite()).isNull();
    }

    @Test
    void storesMarkupLikeInputVerbatimForTheUiToEscape() {
        var name = "<script>alert('x')</script> Verein & \"Freunde\" " + suffix;
        var description = "<b>fett</b> <img src=x onerror=alert(1)> &amp;";
        var id = asCoordinator(() -> {
            var organisation = partnerOrganisation(name);
            organisation.setDescription(description);
            return organisations.create(organisation).getId();
        });

        var stored = asPartner(() -> organisations.find(id).orElseThrow());
        assertThat(stored.getName()).isEqualTo(name);
        assertThat(stored.getDescription()).isEqualTo(description);
    }

    private Organisation partnerOrganisation(String name) {
        return new Organisation(name, "Verein " + suffix, OrganisationKind.EHRENAMT, Membership.PARTNER);
    }

    private <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    private <T> T asPartner(Supplier<T> action) {
        return SignedIn.as(partner, Role.PARTNER, action);
    }
}
