package de.arbeitsgruppe.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactKind;
import de.arbeitsgruppe.portal.exchange.ExchangeAgreement;
import de.arbeitsgruppe.portal.exchange.ExchangeSamples;
import de.arbeitsgruppe.portal.meeting.BacklogItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingSeries;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.meeting.Recurrence;
import de.arbeitsgruppe.portal.notification.OutboxMail;
import de.arbeitsgruppe.portal.evaluation.Evaluation;
import de.arbeitsgruppe.portal.evaluation.EvaluationChecklist;
import de.arbeitsgruppe.portal.evaluation.EvaluationSamples;
import de.arbeitsgruppe.portal.offer.District;
import de.arbeitsgruppe.portal.offer.DistrictList;
import de.arbeitsgruppe.portal.report.ReportSamples;
import de.arbeitsgruppe.portal.report.ReportSettings;
import de.arbeitsgruppe.portal.report.SentReport;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.offer.OfferFixtures;
import de.arbeitsgruppe.portal.notification.OutgoingMail;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationKind;
import de.arbeitsgruppe.portal.search.SynonymGroup;
import de.arbeitsgruppe.portal.search.SynonymList;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.protocol.Decision;
import de.arbeitsgruppe.portal.protocol.ItemNotes;
import de.arbeitsgruppe.portal.protocol.Protocol;
import de.arbeitsgruppe.portal.protocol.ProtocolComment;
import de.arbeitsgruppe.portal.protocol.ProtocolSamples;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskMailChoices;
import de.arbeitsgruppe.portal.task.TaskMailKind;
import de.arbeitsgruppe.portal.task.TaskMailTiming;
import de.arbeitsgruppe.portal.task.TaskSamples;
import de.arbeitsgruppe.portal.protocol.ProtocolVersion;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.support.Repositories;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Every repository of every module leaves a trail: its documents are created, changed and deleted
 * through the repository, and each step must show in the record's "Verlauf". Repositories are
 * discovered, so a new module's repository fails here until it has a sample below — and then the
 * test shows whether its writes are recorded (they are, unless it bypasses Spring Data's events).
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditCoverageIT {

    private static final String GROUP = "ag-musterstadt";
    private static final String AGENTUR = "org-agentur-musterstadt";

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditTrail trail;

    private final String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

    /** A valid new document of each type, and a change to it. */
    private final Map<Class<?>, Sample> samples = Map.ofEntries(
            Map.entry(Account.class, new Sample(() -> new Account("audit-probe-" + suffix, "Probe", Role.MEMBER, AGENTUR),
                    account -> ((Account) account).setDisplayName("Probe geändert"))),
            Map.entry(Organisation.class, new Sample(() -> new Organisation("Probe " + suffix, "Probe", OrganisationKind.SONSTIGE, Membership.PARTNER),
                    organisation -> ((Organisation) organisation).setPhone("+49 5121 4711"))),
            Map.entry(Contact.class, new Sample(() -> new Contact(ContactKind.PERSON, "Probe " + suffix, AGENTUR),
                    contact -> ((Contact) contact).setPhone("+49 5121 4712"))),
            Map.entry(Meeting.class, new Sample(AuditCoverageIT::meeting, meeting -> ((Meeting) meeting).setTitle("Probe geändert"))),
            Map.entry(MeetingSeries.class, new Sample(AuditCoverageIT::series,
                    series -> ReflectionTestUtils.setField(series, "recurrence", new Recurrence(Recurrence.Frequency.WEEKLY, 2, null, null, 3)))),
            Map.entry(BacklogItem.class, new Sample(() -> new BacklogItem("Probe " + suffix, 15),
                    item -> ((BacklogItem) item).setTitle("Probe geändert"))),
            Map.entry(OutboxMail.class, new Sample(AuditCoverageIT::mail, mail -> ReflectionTestUtils.setField(mail, "subject", "Probe geändert"))),
            Map.entry(SynonymList.class, new Sample(() -> new SynonymList("audit-probe-" + suffix, List.of(SynonymGroup.of("Probe", "Test"))),
                    list -> ((SynonymList) list).setGroups(List.of(SynonymGroup.of("Probe", "Versuch"))))),
            Map.entry(Protocol.class, new Sample(() -> ProtocolSamples.protocol(suffix),
                    protocol -> ReflectionTestUtils.setField(protocol, "chair", "Probe geändert"))),
            Map.entry(ItemNotes.class, new Sample(() -> ProtocolSamples.notes(suffix),
                    notes -> ReflectionTestUtils.setField(notes, "notes", "Probe geändert"))),
            Map.entry(Task.class, new Sample(() -> TaskSamples.task(suffix), task -> ((Task) task).setTitle("Probe geändert"))),
            Map.entry(TaskMailChoices.class, new Sample(() -> TaskSamples.mailChoices(suffix),
                    choices -> ((TaskMailChoices) choices).choose(TaskMailKind.DUE_SOON, TaskMailTiming.DAILY_SUMMARY))),
            Map.entry(Decision.class, new Sample(ProtocolSamples::decision, decision -> ((Decision) decision).setWording("Probe geändert"))),
            Map.entry(ProtocolComment.class, new Sample(() -> ProtocolSamples.comment(suffix),
                    comment -> ReflectionTestUtils.setField(comment, "text", "Probe geändert"))),
            Map.entry(ProtocolVersion.class, new Sample(() -> ProtocolSamples.version(suffix),
                    version -> ReflectionTestUtils.setField(version, "reason", "Probe geändert"))),
            Map.entry(Offer.class, new Sample(() -> OfferFixtures.course("Probe " + suffix, AGENTUR, null),
                    offer -> ((Offer) offer).setFreePlaces(3))),
            Map.entry(ExchangeAgreement.class, new Sample(() -> ExchangeSamples.agreement("Probe " + suffix),
                    agreement -> ((ExchangeAgreement) agreement).setPurpose("Probe geändert"))),
            Map.entry(Evaluation.class, new Sample(() -> EvaluationSamples.evaluation(suffix), EvaluationSamples::rate)),
            Map.entry(EvaluationChecklist.class, new Sample(() -> EvaluationSamples.checklist(suffix), EvaluationSamples::reword)),
            Map.entry(DistrictList.class, new Sample(() -> new DistrictList("audit-probe-" + suffix, List.of(new District("d-probe", "Probe"))),
                    list -> ((DistrictList) list).setDistricts(List.of(new District("d-probe", "Probe geändert"))))),
            Map.entry(SentReport.class, new Sample(() -> ReportSamples.sentReport(suffix),
                    report -> ReflectionTestUtils.setField(report, "scopeName", "Probe geändert"))),
            Map.entry(ReportSettings.class, new Sample(() -> ReportSamples.settings(suffix),
                    settings -> ((ReportSettings) settings).setQuarterly(true))));

    @Test
    void recordsCreationChangeAndDeletionThroughEveryRepositoryOfEveryModule() {
        var repositories = new Repositories(context);
        var tested = new ArrayList<Class<?>>();
        for (Class<?> type : repositories) {
            assertThat(samples).as("a sample document of %s for the audit coverage", type.getSimpleName()).containsKey(type);
            @SuppressWarnings("unchecked")
            var repository = (CrudRepository<Object, Object>) repositories.getRepositoryFor(type).orElseThrow();
            var sample = samples.get(type);
            var document = sample.create().get();
            // a document kept once per working group has the group as its id instead (the district list)
            if (ReflectionUtils.findField(document.getClass(), "workingGroupId") != null) {
                ReflectionTestUtils.setField(document, "workingGroupId", GROUP);
            }

            var saved = SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> repository.save(document));
            var id = String.valueOf(ReflectionTestUtils.getField(saved, "id"));
            sample.change().accept(saved);
            var changed = SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> repository.save(saved));
            SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> repository.delete(changed));

            var history = SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> trail.historyOf(type, id));
            assertThat(history).as(type.getSimpleName()).extracting(AuditEntry::kind)
                    .containsExactly(AuditKind.DELETED, AuditKind.CHANGED, AuditKind.CREATED);
            assertThat(history).as(type.getSimpleName()).allSatisfy(entry -> {
                assertThat(entry.actor().username()).isEqualTo(SignedIn.COORDINATOR);
                assertThat(entry.actor().organisationName()).isNotBlank();
                assertThat(entry.recordLabel()).isNotBlank();
            });
            assertThat(history.get(1).changes()).as(type.getSimpleName()).isNotEmpty();
            tested.add(type);
        }
        assertThat(tested).as("repositories found").hasSizeGreaterThanOrEqualTo(samples.size());
    }

    private static Meeting meeting() {
        var start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        var meeting = new Meeting(MeetingType.SESSION, "Probe", start, start.plus(2, ChronoUnit.HOURS));
        ReflectionTestUtils.setField(meeting, "organiserOrganisationId", AGENTUR);
        return meeting;
    }

    private static MeetingSeries series() {
        var series = new MeetingSeries();
        ReflectionTestUtils.setField(series, "recurrence", new Recurrence(Recurrence.Frequency.WEEKLY, 1, null, null, 3));
        ReflectionTestUtils.setField(series, "firstStart", LocalDateTime.now().plusDays(30).withNano(0));
        return series;
    }

    private static OutboxMail mail() {
        try {
            var constructor = OutboxMail.class.getDeclaredConstructor(String.class, String.class, OutgoingMail.class);
            constructor.setAccessible(true);
            var recipient = new OutgoingMail.Recipient("Probe", "probe@example.org");
            return constructor.newInstance(GROUP, SignedIn.COORDINATOR,
                    new OutgoingMail(recipient, recipient, "Probe", "Text", List.of()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Sample(Supplier<Object> create, Consumer<Object> change) {
    }
}
