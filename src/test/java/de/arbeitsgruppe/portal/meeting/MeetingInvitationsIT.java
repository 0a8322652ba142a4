package de.arbeitsgruppe.portal.meeting;

import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.berlin;
import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.instant;
import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.onlyEvent;
import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.parse;
import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.value;
import static de.arbeitsgruppe.portal.notification.TestMailServer.about;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.notification.MailStatus;
import de.arbeitsgruppe.portal.notification.Outbox;
import de.arbeitsgruppe.portal.notification.OutboxMail;
import de.arbeitsgruppe.portal.notification.ReceivedMail;
import de.arbeitsgruppe.portal.notification.TestMailServer;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Invitations through a real SMTP server (GreenMail): what arrives, at which addresses, and what
 * calendar programs read from the attached iCalendar file.
 */
@SpringBootTest
@ActiveProfiles("test")
class MeetingInvitationsIT {

    private static final String KOMMUNE = "org-landkreis-musterstadt";
    private static final String OEZDEMIR = "kommune-oezdemir@musterstadt.example";

    @Autowired
    MeetingInvitations invitations;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    Outbox outbox;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer.register(registry);
    }

    @Test
    void sendsTheInvitationOfTheInterfaceTalkInGermanToEveryInviteeWithTheAgendaAndACalendarFile() throws Exception {
        var talk = asCoordinator(() -> meetings.find(DemoMeetings.INTERFACE_TALK_ID)).orElseThrow();

        var result = asCoordinator(() -> invitations.send(talk.getId(), false));

        assertThat(result).isEqualTo(new InvitationResult(4, 4, 0, 0));
        var subject = "Einladung: Schnittstellengespräch Kommune – Jobcenter: Rechtskreiswechsel am "
                + Formats.dateTime(talk.getStart());
        var mails = TestMailServer.await(4, about(subject));
        assertThat(mails).flatMap(ReceivedMail::to).containsExactlyInAnyOrder(OEZDEMIR,
                "jobcenter-clara@musterstadt.example", "info@landkreis-musterstadt.example",
                "jobcenter-musterstadt@jobcenter.example");
        assertThat(mails).allSatisfy(mail -> {
            assertThat(mail.to()).hasSize(1);
            assertThat(mail.subject()).isEqualTo(subject);
            assertThat(mail.from()).isEqualTo("koordinierungsportal@localhost");
            assertThat(mail.replyTo()).containsExactly("jobcenter-musterstadt@jobcenter.example");
            assertThat(mail.attachments()).containsExactly("einladung.ics");
        });
        var mail = mails.stream().filter(m -> m.to().contains(OEZDEMIR)).findFirst().orElseThrow();
        assertThat(mail.text()).startsWith("Guten Tag Kemal Özdemir,\n\nhiermit laden wir Sie herzlich ein:")
                .contains("Ort: Jobcenter Musterstadt, Besprechungsraum 1",
                        "Einladende: Clara Jobcenter (Jobcenter Musterstadt)",
                        "Tagesordnung\n1. Ablauf beim Rechtskreiswechsel nach Anerkennung (45 Min.)\n"
                                + "2. Datenaustausch und Fristen (30 Min.)\nGeplante Dauer insgesamt: 75 Min.",
                        "Mit freundlichen Grüßen");
        assertThat(mail.calendarType()).startsWith("text/calendar").contains("method=REQUEST");
        // the calendar part next to the text is what makes Outlook show accept and decline
        assertThat(mail.mimeStructure().lines().map(line -> line.replaceFirst(";.*", "")))
                .containsExactly("multipart/mixed", "  multipart/alternative", "    text/plain", "    text/calendar",
                        "  application/ics");
        var calendar = parse(mail.calendar());
        var event = onlyEvent(calendar);
        assertThat(value(calendar, "METHOD")).isEqualTo("REQUEST");
        assertThat(value(event, "UID")).isEqualTo("m-schnittstelle-kommune-jobcenter@koordinierungsportal");
        assertThat(berlin(event, "DTSTART")).isEqualTo(talk.localStart());
        assertThat(talk.localStart().getHour()).isEqualTo(14);
        // each file names only its own recipient: nobody learns who else was invited
        for (var each : mails) {
            List<Property> attendees = onlyEvent(parse(each.calendar())).getProperties("ATTENDEE");
            assertThat(attendees).extracting(Property::getValue).containsExactly("mailto:" + each.to().getFirst());
        }
        assertThat(asCoordinator(() -> meetings.find(talk.getId())).orElseThrow().getState()).isEqualTo(MeetingState.INVITED);
        assertThat(outboxMails(subject)).hasSize(4).allSatisfy(kept -> assertThat(kept.getStatus()).isEqualTo(MailStatus.SENT));
    }

    @Test
    void keepsTenOClockInBerlinForADateOfTheSeriesOnTheOtherSideOfTheChangeOfSummerTime() throws Exception {
        var coming = asCoordinator(() -> meetings.series(DemoMeetings.SERIES_ID)).stream()
                .filter(MeetingInvitations::stillToCome).toList();
        var offsetNow = offset(coming.getFirst());
        var acrossTheChange = coming.stream().filter(date -> !offset(date).equals(offsetNow)).findFirst().orElseThrow();

        asCoordinator(() -> invitations.send(acrossTheChange.getId(), false));

        var subject = "Einladung: Sitzung der Arbeitsgruppe am " + Formats.dateTime(acrossTheChange.getStart());
        var mail = TestMailServer.await(1, about(subject)).getFirst();
        assertThat(subject).endsWith(", 10:00");
        var event = onlyEvent(parse(mail.calendar()));
        assertThat(value(event, "UID")).isEqualTo("ag-sitzungen@koordinierungsportal");
        assertThat(berlin(event, "DTSTART")).isEqualTo(acrossTheChange.localStart());
        assertThat(berlin(event, "DTSTART").getHour()).isEqualTo(10);
        assertThat(berlin(event, "RECURRENCE-ID").getHour()).isEqualTo(10);
    }

    @Test
    void invitesToTheWholeSeriesWithOneFileWhoseDatesAllStartAtTen() throws Exception {
        var coming = asCoordinator(() -> meetings.series(DemoMeetings.SERIES_ID)).stream()
                .filter(MeetingInvitations::stillToCome).toList();

        asCoordinator(() -> invitations.send(coming.getFirst().getId(), true));

        var mail = TestMailServer.await(1, about("Einladung zur Terminserie: Sitzung der Arbeitsgruppe")
                .and(m -> m.to().contains(OEZDEMIR) || m.to().contains("kommune-mueller@musterstadt.example"))).getFirst();
        assertThat(mail.text()).contains("Termine:\n– ", Formats.dateTime(coming.getFirst().getStart()) + " bis 12:00 Uhr");
        var master = parse(mail.calendar()).<VEvent>getComponents("VEVENT").stream()
                .filter(event -> event.getProperty("RRULE").isPresent()).findFirst().orElseThrow();
        var period = new Period<>(ZonedDateTime.now(Formats.ZONE).minusYears(1), ZonedDateTime.now(Formats.ZONE).plusYears(2));
        var starts = master.<ZonedDateTime>calculateRecurrenceSet(period).stream()
                .map(found -> found.getStart().toInstant().atZone(Formats.ZONE)).toList();
        assertThat(starts).hasSizeGreaterThanOrEqualTo(coming.size())
                .allSatisfy(start -> assertThat(start.toLocalTime()).hasToString("10:00"));
        assertThat(starts.stream().map(ZonedDateTime::getOffset).distinct()).hasSize(2);
        assertThat(asCoordinator(() -> meetings.series(DemoMeetings.SERIES_ID)).stream()
                .filter(MeetingInvitations::stillToCome)).allSatisfy(date -> assertThat(date.getInvitedAt()).isNotNull());
    }

    @Test
    void sendsTheInviteesAnUpdateWithTheSameUidAndAHigherSequenceWhenAnInvitedMeetingChanges() throws Exception {
        var title = unique("Abstimmung Fallübergaben");
        var meeting = asCoordinator(() -> meetings.create(meeting(title, 20), null));
        asCoordinator(() -> invitations.send(meeting.getId(), false));
        var invitation = onlyEvent(parse(TestMailServer.await(2, about("Einladung: " + title)).getFirst().calendar()));

        asCoordinator(() -> {
            var changed = meetings.find(meeting.getId()).orElseThrow();
            changed.setPlace("Kreishaus Musterstadt, Raum 101");
            return meetings.update(changed, EditScope.THIS);
        });

        var updates = TestMailServer.await(2, about("Geändert: " + title));
        assertThat(updates).flatMap(ReceivedMail::to).containsExactlyInAnyOrder(OEZDEMIR, "gast@ihk-musterstadt.example");
        var update = updates.getFirst();
        assertThat(update.text()).contains("der folgende Termin hat sich geändert", "Ort: Kreishaus Musterstadt, Raum 101");
        assertThat(update.calendarType()).contains("method=REQUEST");
        var event = onlyEvent(parse(update.calendar()));
        assertThat(value(event, "UID")).isEqualTo(value(invitation, "UID"));
        assertThat(Integer.parseInt(value(event, "SEQUENCE"))).isGreaterThan(Integer.parseInt(value(invitation, "SEQUENCE")));
        assertThat(value(event, "LOCATION")).contains("Raum 101");
    }

    @Test
    void sendsTheInviteesAnUpdateWhenTheCoordinatorDragsAnInvitedMeetingInTheCalendar() throws Exception {
        var title = unique("Schnittstellenrunde");
        var meeting = asCoordinator(() -> meetings.create(meeting(title, 20), null));
        asCoordinator(() -> invitations.send(meeting.getId(), false));
        TestMailServer.await(2, about("Einladung: " + title));
        var later = meeting.getStart().plusSeconds(2 * 86_400 + 3_600);

        asCoordinator(() -> meetings.reschedule(meeting.getId(), later, later.plusSeconds(3_600)));

        var update = TestMailServer.await(2, about("Geändert: " + title + " am " + Formats.dateTime(later)));
        assertThat(update).hasSize(2);
        assertThat(instant(onlyEvent(parse(update.getFirst().calendar())), "DTSTART")).isEqualTo(later);
    }

    @Test
    void sendsACancellationWhenAnInvitedMeetingIsCancelled() throws Exception {
        var title = unique("Fachaustausch Sprachkurse");
        var meeting = asCoordinator(() -> meetings.create(meeting(title, 20), null));
        asCoordinator(() -> invitations.send(meeting.getId(), false));
        var invitation = onlyEvent(parse(TestMailServer.await(2, about("Einladung: " + title)).getFirst().calendar()));

        SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> meetings.cancel(meeting.getId(), EditScope.THIS));

        var cancellations = TestMailServer.await(2, about("Abgesagt: " + title));
        assertThat(cancellations).hasSize(2).allSatisfy(mail -> {
            assertThat(mail.calendarType()).contains("method=CANCEL");
            assertThat(mail.attachments()).containsExactly("absage.ics");
            assertThat(mail.text()).contains("der folgende Termin ist leider abgesagt");
        });
        var calendar = parse(cancellations.getFirst().calendar());
        assertThat(value(calendar, "METHOD")).isEqualTo("CANCEL");
        assertThat(value(onlyEvent(calendar), "UID")).isEqualTo(value(invitation, "UID"));
        assertThat(value(onlyEvent(calendar), "STATUS")).isEqualTo("CANCELLED");
    }

    @Test
    void refusesAnInvitationWithoutInviteesWithAClearMessageAndSendsNothing() {
        var title = unique("Ohne Eingeladene");
        var meeting = asCoordinator(() -> {
            var planned = meeting(title, 20);
            planned.setInvitedContactIds(Set.of());
            planned.setGuests(List.of());
            return meetings.create(planned, null);
        });

        assertThatThrownBy(() -> asCoordinator(() -> invitations.send(meeting.getId(), false)))
                .isInstanceOfSatisfying(InvitationException.class, refused ->
                        assertThat(refused.translationKey()).isEqualTo("invitation.error.noRecipients"));

        assertThat(TestMailServer.received()).noneMatch(about(title));
        assertThat(outboxMails(title)).isEmpty();
        assertThat(asCoordinator(() -> meetings.find(meeting.getId())).orElseThrow().getInvitedAt()).isNull();
    }

    @Test
    void givesPartnersOnlyThePublicAgendaItemsOfAMeetingWithInternalOnes() throws Exception {
        asCoordinator(() -> invitations.send(DemoMeetings.PARTNER_MEETING_ID, false));

        var mails = TestMailServer.await(5, about("Einladung: Austausch mit den Sprachkursträgern"));
        var toCaritas = mails.stream().filter(m -> m.to().contains("caritas-dora@musterstadt.example")).findFirst().orElseThrow();
        var toAgentur = mails.stream().filter(m -> m.to().contains("agentur-schmidt@musterstadt.example")).findFirst().orElseThrow();
        assertThat(toAgentur.text()).contains("Abstimmung der Zuweisungszahlen (intern)");
        assertThat(toAgentur.calendar()).contains("Abstimmung der Zuweisungszahlen");
        assertThat(toCaritas.text()).contains("Freie Plätze in Integrations- und Berufssprachkursen")
                .doesNotContain("Zuweisungszahlen");
        assertThat(toCaritas.calendar()).doesNotContain("Zuweisungszahlen");
    }

    private static Meeting meeting(String title, int inDays) {
        var start = Formats.today().plusDays(inDays).atTime(9, 30);
        var meeting = new Meeting(MeetingType.INTERFACE_TALK, title, null, null);
        meeting.setLocalStart(start);
        meeting.setLocalEnd(start.plusMinutes(90));
        meeting.setPlace("Kreishaus Musterstadt, Raum 204");
        meeting.setOrganiserOrganisationId(KOMMUNE);
        meeting.setInvitedContactIds(Set.of("c-kommune-oezdemir"));
        meeting.setGuests(List.of(new Guest("Gabi Gast", "IHK Musterstadt", "gast@ihk-musterstadt.example")));
        meeting.setAgenda(List.of(new AgendaItem("Fallübergaben", 30)));
        return meeting;
    }

    private List<OutboxMail> outboxMails(String subjectPart) {
        return SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> outbox.newest(1000)).stream()
                .filter(mail -> mail.getSubject().contains(subjectPart)).toList();
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Object offset(Meeting meeting) {
        return meeting.getStart().atZone(Formats.ZONE).getOffset();
    }
}
