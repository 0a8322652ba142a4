package de.arbeitsgruppe.portal.protocol;

import static de.arbeitsgruppe.portal.notification.TestMailServer.about;
import static de.arbeitsgruppe.portal.protocol.ProtocolFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.audit.AuditFilter;
import de.arbeitsgruppe.portal.audit.AuditKind;
import de.arbeitsgruppe.portal.audit.AuditTrail;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.Attendance;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingRecords;
import de.arbeitsgruppe.portal.notification.ReceivedMail;
import de.arbeitsgruppe.portal.notification.TestMailServer;
import de.arbeitsgruppe.portal.protocol.internal.PdfChecks;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** From a draft to approved minutes in the mail: sent round, commented, approved, corrected. */
@SpringBootTest
@ActiveProfiles("test")
class ProtocolApprovalIT {

    private static final String GUEST = "petra.lange@ihk-musterstadt.example";

    @Autowired
    ProtocolManagement protocols;
    @Autowired
    ProtocolApproval approval;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    MeetingRecords records;
    @Autowired
    AuditTrail trail;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer.register(registry);
    }

    @Test
    void approvedMinutesGoAsPdfAToMembersAndAsPartnerVersionToGuests() throws Exception {
        var title = "Genehmigungstest " + java.util.UUID.randomUUID().toString().substring(0, 8);
        var meeting = written(title);
        var later = laterSession(meeting);
        var draft = asCoordinator(() -> approval.circulate(meeting.getId(), version(meeting), Formats.today().plusDays(7), "http://portal/x"));
        assertThat(draft.sent()).isGreaterThanOrEqualTo(3);
        asMember(() -> protocols.comment(meeting.getId(), item(meeting, 1), "Bitte Kursbeginn ergänzen."));

        asCoordinator(() -> approval.approve(meeting.getId(), version(meeting), later.getId(), "http://portal/x"));

        var mails = TestMailServer.await(3, about("Genehmigtes Protokoll: " + title));
        var toMember = mails.stream().filter(mail -> !mail.to().contains(GUEST)).findFirst().orElseThrow();
        var toGuest = mails.stream().filter(mail -> mail.to().contains(GUEST)).findFirst().orElseThrow();
        var memberPdf = toMember.attachment("protokoll-fassung-1.pdf");
        var memberText = PdfChecks.text(memberPdf);
        var decision = asCoordinator(() -> protocols.find(meeting.getId())).orElseThrow().decisionsOf(meeting.getAgenda().get(1)).getFirst();
        assertThat(memberText).contains(decision.getNumber(), "Zwei Kurse werden beantragt", "Julia Weber",
                "Fallzahlen Jobcenter", "Interne Zahlen");
        assertThat(PdfChecks.pdfaProblems(memberPdf)).isEmpty();
        var guestPdf = toGuest.attachment("protokoll-fassung-1-partner.pdf");
        var guestText = PdfChecks.text(guestPdf);
        // the download is the very file that was mailed, not a new rendering
        assertThat(asMember(() -> approval.pdf(meeting.getId(), 1)).orElseThrow()).isEqualTo(memberPdf);
        assertThat(asMember(() -> approval.pdf(meeting.getId(), 0)).orElseThrow()).isEqualTo(memberPdf);
        assertThat(SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> approval.pdf(meeting.getId(), 1)).orElseThrow())
                .isEqualTo(guestPdf);
        assertThat(guestText).contains(decision.getNumber(), "Sprachkurse im Frühjahr")
                .doesNotContain("Fallzahlen Jobcenter", "Interne Zahlen", "nur intern");
        assertThat(toMember.text()).contains("ist genehmigt", "http://portal/x");
    }

    @Test
    void approvedMinutesRefuseEditsAndTheRefusalLandsInTheTrail() {
        var meeting = written("Nur lesbar " + java.util.UUID.randomUUID().toString().substring(0, 8));
        var later = laterSession(meeting);
        asCoordinator(() -> approval.approve(meeting.getId(), version(meeting), later.getId(), "http://portal/x"));

        assertThatThrownBy(() -> asCoordinator(() -> protocols.saveNotes(meeting.getId(), item(meeting, 1),
                null, "nachträglich", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asCoordinator(() -> approval.approve(meeting.getId(), version(meeting), later.getId(),
                "http://portal/x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asMember(() -> approval.approve(meeting.getId(), version(meeting), later.getId(),
                "http://portal/x"))).isInstanceOf(AccessDeniedException.class);

        var refused = SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> trail.find(new AuditFilter(SignedIn.COORDINATOR,
                null, null, AuditKind.ACCESS_REFUSED, Formats.today(), null), 0, 20));
        assertThat(refused).extracting(entry -> entry.detail())
                .contains("ProtocolManagement.saveNotes " + meeting.getId(), "ProtocolManagement.approve " + meeting.getId());
        var byMember = SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> trail.find(new AuditFilter(SignedIn.MEMBER,
                null, null, AuditKind.ACCESS_REFUSED, Formats.today(), null), 0, 20));
        assertThat(byMember).extracting(entry -> entry.detail()).contains("ProtocolApproval.approve");
    }

    @Test
    void aCorrectionMakesVersionTwoWithItsReasonAndKeepsVersionOne() {
        var title = "Berichtigung " + java.util.UUID.randomUUID().toString().substring(0, 8);
        var meeting = written(title);
        var later = laterSession(meeting);
        asCoordinator(() -> approval.approve(meeting.getId(), version(meeting), later.getId(), "http://portal/x"));

        asCoordinator(() -> approval.startCorrection(meeting.getId(), version(meeting)));
        var notes = asCoordinator(() -> protocols.find(meeting.getId())).orElseThrow().notes().get(item(meeting, 1));
        asCoordinator(() -> protocols.saveNotes(meeting.getId(), item(meeting, 1), notes.getVersion(),
                "Drei neue Kurse ab März.", notes.getInternalNotes()));
        asCoordinator(() -> approval.finishCorrection(meeting.getId(), version(meeting), "Zahl der Kurse berichtigt",
                "http://portal/x"));

        var versions = asMember(() -> approval.versions(meeting.getId()));
        assertThat(versions).extracting(ProtocolVersion::getNumber).containsExactly(1, 2);
        assertThat(versions.get(1).getReason()).isEqualTo("Zahl der Kurse berichtigt");
        assertThat(versions.get(0).getContent().items().get(1).notes()).isEqualTo("Zwei neue Kurse ab März.");
        assertThat(versions.get(1).getContent().items().get(1).notes()).isEqualTo("Drei neue Kurse ab März.");
        var mail = TestMailServer.await(1, about("Berichtigtes Protokoll (Fassung 2): " + title)).getFirst();
        assertThat(mail.text()).contains("Zahl der Kurse berichtigt");
        assertThat(mail.attachments()).anySatisfy(name -> assertThat(name).startsWith("protokoll-fassung-2"));
    }

    @Test
    void anApprovalRetriedAfterAFailureReplacesWhatTheFailedAttemptLeft() {
        var meeting = written("Wiederholt " + java.util.UUID.randomUUID().toString().substring(0, 8));
        var later = laterSession(meeting);
        // what an attempt left when the database went away between the version and the protocol
        var protocol = stored.findById(meeting.getId()).orElseThrow();
        versions.insert(new ProtocolVersion(protocol, 1, null, java.time.Instant.now(), "abgebrochen",
                asCoordinator(() -> approval.current(meeting.getId())).orElseThrow()));
        assertThat(asMember(() -> approval.versions(meeting.getId()))).isEmpty();

        asCoordinator(() -> approval.approve(meeting.getId(), version(meeting), later.getId(), "http://portal/x"));

        var approved = asMember(() -> approval.versions(meeting.getId()));
        assertThat(approved).extracting(ProtocolVersion::getNumber).containsExactly(1);
        assertThat(approved.getFirst().getCreatedBy()).isEqualTo("Anna Koordination");
    }

    @Test
    void whileTheOfficeCorrectsReadersKeepToTheApprovedVersion() {
        var meeting = written("Leser " + java.util.UUID.randomUUID().toString().substring(0, 8));
        var later = laterSession(meeting);
        asCoordinator(() -> approval.approve(meeting.getId(), version(meeting), later.getId(), "http://portal/x"));
        asCoordinator(() -> approval.startCorrection(meeting.getId(), version(meeting)));
        var notes = asCoordinator(() -> protocols.find(meeting.getId())).orElseThrow().notes().get(item(meeting, 1));
        asCoordinator(() -> protocols.saveNotes(meeting.getId(), item(meeting, 1), notes.getVersion(),
                "Noch nicht genehmigte Änderung", null));

        var partner = SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> approval.current(meeting.getId())).orElseThrow();
        var member = asMember(() -> protocols.find(meeting.getId())).orElseThrow();

        assertThat(partner.items()).extracting(ProtocolContent.Item::notes).contains("Zwei neue Kurse ab März.")
                .doesNotContain("Noch nicht genehmigte Änderung");
        assertThat(member.notes()).isEmpty();
        assertThat(asCoordinator(() -> approval.current(meeting.getId())).orElseThrow().items().get(1).notes())
                .isEqualTo("Noch nicht genehmigte Änderung");
    }

    @Test
    void anItemMadeInternalTakesItsDecisionsOutOfThePartnersRegister() {
        var meeting = written("Register " + java.util.UUID.randomUUID().toString().substring(0, 8));
        asCoordinator(() -> approval.circulate(meeting.getId(), version(meeting), Formats.today().plusDays(7), "http://portal/x"));
        var filter = new DecisionFilter("beantragt", null, null, null, null);
        assertThat(SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> register.search(filter, 0, 1000)))
                .extracting(Decision::getProtocolId).contains(meeting.getId());

        asCoordinator(() -> {
            var changed = meetings.find(meeting.getId()).orElseThrow();
            changed.getAgenda().get(1).setPublicItem(false);
            return meetings.update(changed, de.arbeitsgruppe.portal.meeting.EditScope.THIS);
        });

        assertThat(SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> register.search(filter, 0, 1000)))
                .extracting(Decision::getProtocolId).doesNotContain(meeting.getId());
    }

    @Autowired
    de.arbeitsgruppe.portal.protocol.internal.ProtocolVersions versions;
    @Autowired
    DecisionRegister register;

    @Test
    void minutesSentRoundGoBackIntoTheDraftWithTheirCommentsToWorkThemIn() {
        var meeting = written("Zurück " + java.util.UUID.randomUUID().toString().substring(0, 8));
        asCoordinator(() -> approval.circulate(meeting.getId(), version(meeting), Formats.today().plusDays(7), "http://portal/x"));
        asMember(() -> protocols.comment(meeting.getId(), item(meeting, 1), "Bitte Kursbeginn ergänzen."));

        asCoordinator(() -> approval.reopen(meeting.getId(), version(meeting)));

        var sheet = asCoordinator(() -> protocols.find(meeting.getId())).orElseThrow();
        assertThat(sheet.state()).isEqualTo(ProtocolState.DRAFT);
        assertThat(sheet.may().edit()).isTrue();
        assertThat(sheet.commentsOn(meeting.getAgenda().get(1))).extracting(ProtocolComment::getText)
                .containsExactly("Bitte Kursbeginn ergänzen.");
        assertThat(SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> protocols.find(meeting.getId())).orElseThrow().exists())
                .isFalse();
        assertThatThrownBy(() -> asCoordinator(() -> approval.reopen(meeting.getId(), version(meeting))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCommentAfterTheDeadlineIsRefusedWithTheDeadline() {
        var meeting = written("Frist " + java.util.UUID.randomUUID().toString().substring(0, 8));
        asCoordinator(() -> approval.circulate(meeting.getId(), version(meeting), Formats.today(), "http://portal/x"));
        ProtocolFixtures.circulating(stored, meeting.getId(), Formats.today().minusDays(1));

        assertThatThrownBy(() -> asMember(() -> protocols.comment(meeting.getId(), item(meeting, 1), "zu spät")))
                .isInstanceOfSatisfying(CommentDeadlinePassed.class,
                        late -> assertThat(late.deadline()).isEqualTo(Formats.today().minusDays(1)));
    }

    @Autowired
    de.arbeitsgruppe.portal.protocol.internal.Protocols stored;

    /** Minutes with attendance, notes on an internal and a public item, a decision on the public one. */
    private Meeting written(String title) {
        var meeting = ProtocolFixtures.heldSession(meetings, title, AgendaFixtures.farBehind());
        var held = asCoordinator(() -> records.recordAttendance(meeting.getId(), meetings_version(meeting),
                Map.of(AgendaFixtures.WEBER, Attendance.PRESENT, AgendaFixtures.YILMAZ, Attendance.EXCUSED,
                        AgendaFixtures.GUEST.attendanceKey(), Attendance.PRESENT)));
        asCoordinator(() -> protocols.start(held.getId()));
        asCoordinator(() -> protocols.saveNotes(held.getId(), item(held, 0), null, "Interne Zahlen des Jobcenters", null));
        asCoordinator(() -> protocols.saveNotes(held.getId(), item(held, 1), null, "Zwei neue Kurse ab März.",
                "nur intern: Träger wechselt"));
        asCoordinator(() -> protocols.saveDecision(held.getId(), item(held, 1),
                new Decision("Zwei Kurse werden beantragt.", DecisionResult.ADOPTED)));
        return held;
    }

    private long meetings_version(Meeting meeting) {
        return asCoordinator(() -> meetings.find(meeting.getId())).orElseThrow().getVersion();
    }

    private Meeting laterSession(Meeting meeting) {
        return ProtocolFixtures.heldSession(meetings, "Folgesitzung", meeting.localStart().plusDays(30));
    }

    private long version(Meeting meeting) {
        return stored.findById(meeting.getId()).orElseThrow().getVersion();
    }

    private <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    private <T> T asMember(Supplier<T> action) {
        return SignedIn.as(SignedIn.MEMBER, Role.MEMBER, action);
    }
}
