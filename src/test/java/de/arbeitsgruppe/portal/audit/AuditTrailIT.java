package de.arbeitsgruppe.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.account.CalendarTokens;
import de.arbeitsgruppe.portal.audit.internal.AuditStore;
import de.arbeitsgruppe.portal.audit.internal.TrailIndex;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactKind;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.shared.mongo.ChangeReason;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** What the office and the admins read in the trail after real actions in the portal's services. */
@SpringBootTest
@ActiveProfiles("test")
class AuditTrailIT {

    private static final String AGENTUR = "org-agentur-musterstadt";

    @Autowired
    AuditTrail trail;
    @Autowired
    ContactDirectory directory;
    @Autowired
    AccountManagement accounts;
    @Autowired
    CalendarTokens tokens;
    @Autowired
    AuditStore store;
    @Autowired
    AuditRetention retention;
    @Autowired
    MongoTemplate mongo;

    private String suffix;

    @BeforeEach
    void uniqueNames() {
        suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    @Test
    void showsAPhoneAndVisibilityChangeOldToNewWithWhoAndWhen() {
        var created = asCoordinator(() -> {
            var contact = new Contact(ContactKind.PERSON, "Verlauf Probe " + suffix, AGENTUR);
            contact.setPhone("+49 5121 1000");
            return directory.create(contact);
        });
        asCoordinator(() -> {
            var contact = directory.find(created.getId()).orElseThrow();
            contact.setPhone("+49 5121 2000");
            contact.setVisibility(Visibility.PARTNERS);
            return directory.update(contact);
        });

        var history = asCoordinator(() -> trail.historyOf(Contact.class, created.getId()));

        assertThat(history).extracting(AuditEntry::kind).containsExactly(AuditKind.CHANGED, AuditKind.CREATED);
        var change = history.getFirst();
        assertThat(change.actor().username()).isEqualTo(SignedIn.COORDINATOR);
        assertThat(change.actor().displayName()).isNotBlank();
        assertThat(change.actor().organisationName()).isEqualTo("Landkreis Musterstadt");
        assertThat(change.at()).isBetween(Instant.now().minus(1, ChronoUnit.MINUTES), Instant.now());
        assertThat(change.recordLabel()).isEqualTo("Verlauf Probe " + suffix);
        assertThat(change.changes()).containsExactlyInAnyOrder(
                FieldChange.of("contact.phone", "+49 5121 1000", "+49 5121 2000", null),
                FieldChange.of("contact.visibility", "INTERNAL", "PARTNERS", Visibility.class.getName()));
    }

    @Test
    void recordsThatAPasswordChangedButNeverTheHash() {
        var account = asAdmin(() -> accounts.create(new Account("verlauf-" + suffix, "Vera Verlauf", Role.MEMBER, AGENTUR),
                "Erstes-Passwort-1"));
        asAdmin(() -> accounts.resetPassword(account.getId(), "Zweites-Passwort-2"));

        var history = asAdmin(() -> trail.historyOf(Account.class, account.getId()));

        assertThat(history.getFirst().changes()).containsExactly(FieldChange.secret("audit.field.passwordHash"));
        var everything = mongo.findAll(Document.class, AuditStore.COLLECTION).stream().map(Document::toJson).toList();
        assertThat(everything).noneMatch(json -> json.contains("{bcrypt}") || json.contains("$2a$"));
    }

    @Test
    void aSaveThatConflictsLeavesNoEntry() {
        var created = asCoordinator(() -> directory.create(new Contact(ContactKind.PERSON, "Konflikt " + suffix, AGENTUR)));
        var first = asCoordinator(() -> directory.find(created.getId()).orElseThrow());
        var second = asCoordinator(() -> directory.find(created.getId()).orElseThrow());
        first.setPhone("+49 5121 3000");
        asCoordinator(() -> directory.update(first));
        second.setPhone("+49 5121 4000");

        assertThatThrownBy(() -> asCoordinator(() -> directory.update(second))).isInstanceOf(ConflictException.class);

        var history = asCoordinator(() -> trail.historyOf(Contact.class, created.getId()));
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().changes()).extracting(FieldChange::after).containsExactly("+49 5121 3000");
    }

    @Test
    void keepsTheReasonGivenForAChange() {
        var created = asCoordinator(() -> directory.create(new Contact(ContactKind.PERSON, "Grund " + suffix, AGENTUR)));
        asCoordinator(() -> ChangeReason.during("Tippfehler in der Nummer", () -> {
            var contact = directory.find(created.getId()).orElseThrow();
            contact.setPhone("+49 5121 5000");
            return directory.update(contact);
        }));

        var history = asCoordinator(() -> trail.historyOf(Contact.class, created.getId()));

        assertThat(history.getFirst().reason()).isEqualTo("Tippfehler in der Nummer");
        assertThat(history.get(1).reason()).isNull();
    }

    @Test
    void findsThePersonsEntriesPageByPageNewestFirst() {
        var ids = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            var name = "Seite " + i + " " + suffix;
            ids.add(asCoordinator(() -> directory.create(new Contact(ContactKind.PERSON, name, AGENTUR))).getId());
        }
        var filter = new AuditFilter(SignedIn.COORDINATOR, null, "contacts", AuditKind.CREATED, Formats.today(), Formats.today());

        var firstPage = asAdmin(() -> trail.find(filter, 0, 3));
        var secondPage = asAdmin(() -> trail.find(filter, 3, 2));

        assertThat(firstPage).extracting(AuditEntry::recordId).containsExactly(ids.get(4), ids.get(3), ids.get(2));
        assertThat(secondPage).extracting(AuditEntry::recordId).containsExactly(ids.get(1), ids.get(0));
        assertThat(asAdmin(() -> trail.find(new AuditFilter("niemand-" + suffix, null, null, null, null, null), 0, 50))).isEmpty();
    }

    @Test
    void recordsFeedAddressesAsSecurityEvents() {
        asCoordinator(tokens::issue);
        asCoordinator(() -> {
            tokens.revoke();
            return null;
        });

        var filter = new AuditFilter(SignedIn.COORDINATOR, null, null, null, Formats.today(), null);
        var kinds = asAdmin(() -> trail.find(filter, 0, 10)).stream().map(AuditEntry::kind).toList();

        assertThat(kinds).containsSubsequence(AuditKind.FEED_REVOKED, AuditKind.FEED_CREATED);
    }

    @Test
    void onlyTheOfficeReadsARecordsHistoryAndOnlyAdminsTheWholeTrail() {
        assertThatThrownBy(() -> SignedIn.as(SignedIn.MEMBER, Role.MEMBER, () -> trail.historyOf(Contact.class, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asCoordinator(() -> trail.find(AuditFilter.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void retentionRemovesOnlyEntriesOlderThanTheRetentionPeriodAndMayRunTwice() {
        var old = Instant.now().minus(800, ChronoUnit.DAYS);
        var recent = Instant.now().minus(10, ChronoUnit.DAYS);
        var oldEntry = entry(old, "alt-" + suffix);
        var recentEntry = entry(recent, "neu-" + suffix);
        store.append(oldEntry);
        store.append(recentEntry);

        retention.removeExpired();
        retention.removeExpired();

        assertThat(store.entries(List.of(oldEntry.id(), recentEntry.id()))).containsExactly(recentEntry);
        assertThat(store.recordList(TrailIndex.recordListId(oldEntry))).isEmpty();
        assertThat(store.recordList(TrailIndex.recordListId(recentEntry))).containsExactly(recentEntry.id());
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(TrailIndex.bucketId(oldEntry))), AuditStore.COLLECTION)).isFalse();
    }

    private static AuditEntry entry(Instant at, String recordId) {
        return new AuditEntry(AuditRecorder.newId(at), "ag-musterstadt", at.truncatedTo(ChronoUnit.MILLIS), AuditKind.CHANGED,
                new AuditActor(SignedIn.COORDINATOR, "Anna", "org-landkreis-musterstadt", "Landkreis Musterstadt"),
                "contacts", recordId, "Probe", List.of(FieldChange.of("contact.phone", "1", "2", null)), null, null);
    }

    private static <T> T asCoordinator(java.util.function.Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> action) {
        return SignedIn.as(SignedIn.ADMIN, Role.ADMIN, action);
    }
}
