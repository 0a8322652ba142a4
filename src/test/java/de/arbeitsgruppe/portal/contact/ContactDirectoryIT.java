package de.arbeitsgruppe.portal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
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
 * Data-level rules of the directory: who sees which entries, who edits which, how search matches
 * names, and that bad or stale input never reaches the database.
 */
@SpringBootTest
@ActiveProfiles("test")
class ContactDirectoryIT {

    private static final String AGENTUR = "org-agentur-musterstadt";

    @Autowired
    ContactDirectory directory;
    @Autowired
    AccountManagement accounts;
    @Autowired
    MongoTemplate mongo;

    private String suffix;
    private String member;
    private String ownEntryId;

    @BeforeEach
    void createAMemberWithAnOwnEntry() {
        suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        member = "mitglied-" + suffix;
        SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> accounts.create(
                new Account(member, "Mia Mitglied", Role.MEMBER, AGENTUR), "Mitglied-Passwort-1"));
        ownEntryId = asCoordinator(() -> {
            var entry = contact("Mia Mitglied " + suffix, Visibility.INTERNAL);
            entry.setAccountUsername(member);
            return directory.create(entry).getId();
        });
    }

    @Test
    void neverReturnsInternalEntriesToAPartner() {
        var internalId = asCoordinator(() -> directory.create(contact("Interna Geheim " + suffix, Visibility.INTERNAL)).getId());
        var sharedId = asCoordinator(() -> directory.create(contact("Interna Geteilt " + suffix, Visibility.PARTNERS)).getId());

        SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> {
            var all = directory.search(ContactQuery.ALL, 0, 10_000);
            assertThat(all).isNotEmpty().allMatch(c -> c.getVisibility() != Visibility.INTERNAL);
            assertThat(directory.firstPage(ContactQuery.ALL, 1).total()).isEqualTo(all.size());
            assertThat(directory.search(new ContactQuery(null, ContactInterface.KOMMUNE_JOBCENTER, null, null), 0, 500))
                    .isNotEmpty().allMatch(c -> c.getVisibility() != Visibility.INTERNAL);
            assertThat(names(directory.search(new ContactQuery("interna " + suffix, null, null, null), 0, 50)))
                    .containsExactly("Interna Geteilt " + suffix);
            assertThat(directory.find(internalId)).isEmpty();
            assertThat(directory.find("c-kommune-oezdemir")).isEmpty();
            assertThat(directory.search(new ContactQuery("Özdemir", null, null, null), 0, 50)).isEmpty();
            assertThat(directory.deputyCandidates(AGENTUR)).noneMatch(c -> c.getId().equals(internalId));
        });
        asCoordinator(() -> assertThat(directory.find(internalId)).isPresent());
        asCoordinator(() -> assertThat(directory.find(sharedId)).isPresent());
    }

    @Test
    void findsANameWhateverTheCaseAndHowTheUmlautIsTyped() {
        for (var typed : List.of("müller", "MUELLER", "Muller", "Sabine mü", "MÜLLER sab")) {
            var found = asCoordinator(() -> directory.search(new ContactQuery(typed, null, null, null), 0, 50));
            assertThat(names(found)).as(typed).contains("Sabine Müller");
        }
        var partnerView = SignedIn.as(SignedIn.PARTNER, Role.PARTNER,
                () -> directory.search(new ContactQuery("mueller", null, null, null), 0, 50));
        assertThat(names(partnerView)).contains("Sabine Müller");
    }

    @Test
    void findsATurkishNameTypedOnAGermanKeyboard() {
        for (var typed : List.of("yilmaz", "Yılmaz", "oezdemir", "Ozdemir")) {
            var found = asCoordinator(() -> directory.search(new ContactQuery(typed, null, null, null), 0, 50));
            assertThat(found).as(typed).isNotEmpty();
        }
    }

    @Test
    void neverShowsOrChangesAnEntryOfAnotherWorkingGroupByItsId() {
        var foreign = contact("Anderswo Person " + suffix, Visibility.PUBLIC);
        foreign.prepareSave("ag-anderswo", "Landkreis Anderswo", directory::topicWords);
        var foreignId = mongo.insert(foreign).getId();

        Map.of(SignedIn.PARTNER, Role.PARTNER, SignedIn.COORDINATOR, Role.COORDINATOR).forEach((user, role) -> SignedIn.as(user, role, () -> {
            assertThat(directory.find(foreignId)).isEmpty();
            assertThat(directory.search(new ContactQuery("anderswo " + suffix, null, null, null), 0, 50)).isEmpty();
            var guessed = contact("Gekapert " + suffix, Visibility.PUBLIC);
            guessed.setId(foreignId);
            assertThatThrownBy(() -> directory.update(guessed)).isInstanceOf(AccessDeniedException.class);
        }));
        var stored = mongo.findById(foreignId, Contact.class);
        assertThat(stored.getName()).isEqualTo("Anderswo Person " + suffix);
        assertThat(stored.getWorkingGroupId()).isEqualTo("ag-anderswo");
    }

    @Test
    void refusesAMemberWhoEditsSomeoneElsesEntryAndChangesNothing() {
        var othersId = asCoordinator(() -> directory.create(contact("Fremd Eintrag " + suffix, Visibility.PARTNERS)).getId());

        assertThatThrownBy(() -> asMember(() -> {
            var others = directory.find(othersId).orElseThrow();
            others.setPhone("+49 999 999");
            return directory.update(others);
        })).isInstanceOf(AccessDeniedException.class);

        var stored = asCoordinator(() -> directory.find(othersId).orElseThrow());
        assertThat(stored.getPhone()).isNull();
        assertThat(stored.getVersion()).isZero();
    }

    @Test
    void letsAMemberEditTheOwnEntryButNotMoveOrRelinkIt() {
        asMember(() -> {
            var own = directory.find(ownEntryId).orElseThrow();
            own.setFunction("Teamleitung");
            own.setOrganisationId("org-jobcenter-musterstadt");
            own.setAccountUsername(SignedIn.ADMIN);
            return directory.update(own);
        });

        var stored = asCoordinator(() -> directory.find(ownEntryId).orElseThrow());
        assertThat(stored.getFunction()).isEqualTo("Teamleitung");
        assertThat(stored.getOrganisationId()).isEqualTo(AGENTUR);
        assertThat(stored.getAccountUsername()).isEqualTo(member);
    }

    @Test
    void turnsTheSecondOfTwoStaleSavesIntoAConflictAndKeepsTheFirst() {
        var first = asCoordinator(() -> directory.find(ownEntryId).orElseThrow());
        var second = asMember(() -> directory.find(ownEntryId).orElseThrow());
        first.setFunction("Von der Koordination");
        second.setFunction("Von der Person selbst");

        asCoordinator(() -> directory.update(first));
        assertThatThrownBy(() -> asMember(() -> directory.update(second))).isInstanceOf(ConflictException.class);

        assertThat(asCoordinator(() -> directory.find(ownEntryId).orElseThrow().getFunction()))
                .isEqualTo("Von der Koordination");
    }

    @Test
    void rejectsAnInvalidEmailAnOverlongNameAndABlankNameAndStoresNothing() {
        var invalidEmail = contact("Ungültig Mail " + suffix, Visibility.INTERNAL);
        invalidEmail.setEmail("mia.mitglied(at)agentur");
        var overlong = contact("Zu lang " + "x".repeat(120), Visibility.INTERNAL);
        var blank = contact(" ", Visibility.INTERNAL);

        for (var contact : List.of(invalidEmail, overlong, blank)) {
            contact.setOrganisationalUnit("Ungültig " + suffix);
            assertThatThrownBy(() -> asCoordinator(() -> directory.create(contact)))
                    .isInstanceOf(ConstraintViolationException.class);
        }
        assertThat(mongo.count(new Query(Criteria.where("organisationalUnit").is("Ungültig " + suffix)), Contact.class))
                .isZero();
    }

    @Test
    void storesMarkupLikeInputVerbatimForTheUiToEscape() {
        var name = "<script>alert('x')</script> Müller & \"Söhne\" " + suffix;
        var function = "<b>Leitung</b> <img src=x onerror=alert(1)> &amp;";
        var id = asCoordinator(() -> {
            var contact = contact(name, Visibility.PARTNERS);
            contact.setFunction(function);
            return directory.create(contact).getId();
        });

        var stored = SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> directory.find(id).orElseThrow());
        assertThat(stored.getName()).isEqualTo(name);
        assertThat(stored.getFunction()).isEqualTo(function);
    }

    private static Contact contact(String name, Visibility visibility) {
        var contact = new Contact(ContactKind.PERSON, name, AGENTUR);
        contact.setVisibility(visibility);
        return contact;
    }

    private static List<String> names(List<Contact> contacts) {
        return contacts.stream().map(Contact::getName).toList();
    }

    private <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    private void asCoordinator(Runnable action) {
        SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    private <T> T asMember(Supplier<T> action) {
        return SignedIn.as(member, Role.MEMBER, action);
    }
}
