package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.meeting.internal.Meetings;
import de.arbeitsgruppe.portal.meeting.internal.SeriesRules;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.shared.Visibility;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo meetings of Musterstadt, seeded once in demo mode around the day of the first start: the
 * monthly session series (second Tuesday, 10:00), the sessions of the ten months before it (held,
 * so the demo holds minutes and decisions of a year), an interface talk, a meeting with the
 * language course providers (partners) and a public employer information day.
 */
@Component
@Order(40)
public class DemoMeetings implements ApplicationRunner {

    static final String SERIES_ID = "s-ag-sitzungen";
    static final String INTERFACE_TALK_ID = "m-schnittstelle-kommune-jobcenter";
    static final String PARTNER_MEETING_ID = "m-austausch-sprachkurstraeger";
    static final String PUBLIC_EVENT_ID = "m-arbeitgeberinformationstag";
    /** Ids of the earlier sessions: {@code m-ag-archiv-1} is the oldest. */
    public static final String ARCHIVE_ID_PREFIX = "m-ag-archiv-";
    public static final int ARCHIVE_SESSIONS = 10;
    private static final List<String> ARCHIVE_TOPICS = List.of("Jahresplanung und Schwerpunkte",
            "Sprachkursplätze und Wartezeiten", "Anerkennung ausländischer Berufsabschlüsse",
            "Jobbörse für Geflüchtete", "Kinderbetreuung während der Sprachkurse", "Übergänge in Ausbildung",
            "Fallzahlen erstes Halbjahr", "Arbeitgeberansprache im Handwerk", "Mobilität im ländlichen Raum",
            "Evaluation der Zusammenarbeit");
    private static final String KOMMUNE = "org-landkreis-musterstadt";
    private static final String AGENTUR = "org-agentur-musterstadt";
    private static final String JOBCENTER = "org-jobcenter-musterstadt";
    private static final String CARITAS = "org-caritas-musterstadt";

    private final Meetings meetings;
    private final SeriesRules seriesRules;
    private final MeetingPlanning planning;
    private final PortalProperties properties;

    DemoMeetings(Meetings meetings, SeriesRules seriesRules, MeetingPlanning planning, PortalProperties properties) {
        this.meetings = meetings;
        this.seriesRules = seriesRules;
        this.planning = planning;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || seriesRules.existsById(SERIES_ID)) {
            return;
        }
        var today = Formats.today();
        seedSessions(today);
        seedArchive(today);
        for (Meeting meeting : List.of(interfaceTalk(today), partnerMeeting(today), publicEvent(today))) {
            meeting.setWorkingGroupId(properties.workingGroupId());
            meeting.setUid(meeting.getId() + Meeting.UID_SUFFIX);
            meetings.save(meeting);
        }
    }

    /** Ten monthly sessions from two months ago; those in the past were held. */
    private void seedSessions(LocalDate today) {
        var firstDay = today.withDayOfMonth(1).minusMonths(2).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
        var first = LocalDateTime.of(firstDay, LocalTime.of(10, 0));
        var template = new Meeting(MeetingType.SESSION, "Sitzung der Arbeitsgruppe", null, null);
        template.setLocalStart(first);
        template.setLocalEnd(first.plusHours(2));
        template.setPlace("Kreishaus Musterstadt, Raum 204");
        template.setOrganiserOrganisationId(KOMMUNE);
        template.setOrganiserName("Anna Koordination");
        template.setInvitedOrganisationIds(Set.of(KOMMUNE, AGENTUR, JOBCENTER));
        template.setInvitedContactIds(Set.of("c-kommune-mueller", "c-agentur-weber", "c-jobcenter-yilmaz"));
        template.setInformedContactIds(Set.of("c-kommune-postfach"));
        template.setAgenda(planning.standardItems());
        template.getAgenda().add(1, new AgendaItem("Übergänge vom AsylbLG ins SGB II: Fallzahlen", 30));
        var recurrence = Recurrence.monthly(2, null, 10);
        var series = new MeetingSeries(properties.workingGroupId(), recurrence, first, "ag-sitzungen" + Meeting.UID_SUFFIX);
        series.setId(SERIES_ID);
        seriesRules.save(series);
        var dates = planning.datesOf(template, series, recurrence.occurrences(first));
        for (int i = 0; i < dates.size(); i++) {
            var date = dates.get(i);
            date.setId("m-ag-sitzung-" + (i + 1));
            if (date.localStart().toLocalDate().isBefore(today)) {
                date.setState(MeetingState.HELD);
                date.getAgenda().forEach(item -> item.setDealtWith(true));
                date.setAttendance(java.util.Map.of("c-kommune-mueller", Attendance.PRESENT,
                        "c-agentur-weber", Attendance.PRESENT, "c-jobcenter-yilmaz", Attendance.EXCUSED));
            }
        }
        meetings.saveAll(dates);
    }

    /** The ten monthly sessions before the series, held, each with the standard items and a topic of its month. */
    private void seedArchive(LocalDate today) {
        var seriesStart = today.withDayOfMonth(1).minusMonths(2);
        var archive = new java.util.ArrayList<Meeting>();
        for (int i = 0; i < ARCHIVE_SESSIONS; i++) {
            var month = seriesStart.minusMonths(ARCHIVE_SESSIONS - i);
            var day = month.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
            var meeting = single(ARCHIVE_ID_PREFIX + (i + 1), MeetingType.SESSION, "Sitzung der Arbeitsgruppe", day, 10, 120);
            meeting.setPlace("Kreishaus Musterstadt, Raum 204");
            meeting.setOrganiserOrganisationId(KOMMUNE);
            meeting.setOrganiserName("Anna Koordination");
            // the Caritas joined three of them for a topic of its own: its partner reads those minutes
            meeting.setInvitedOrganisationIds(i % 4 == 1 ? Set.of(KOMMUNE, AGENTUR, JOBCENTER, CARITAS)
                    : Set.of(KOMMUNE, AGENTUR, JOBCENTER));
            meeting.setInvitedContactIds(Set.of("c-kommune-mueller", "c-agentur-weber", "c-jobcenter-yilmaz"));
            meeting.setInformedContactIds(Set.of("c-kommune-postfach"));
            var agenda = planning.standardItems();
            agenda.add(1, new AgendaItem(ARCHIVE_TOPICS.get(i), 40).markedPublic());
            meeting.setAgenda(agenda);
            meeting.setState(MeetingState.HELD);
            meeting.getAgenda().forEach(item -> item.setDealtWith(true));
            meeting.setAttendance(java.util.Map.of("c-kommune-mueller", Attendance.PRESENT,
                    "c-agentur-weber", Attendance.PRESENT, "c-jobcenter-yilmaz", i % 3 == 0 ? Attendance.EXCUSED
                            : Attendance.PRESENT));
            meeting.setWorkingGroupId(properties.workingGroupId());
            meeting.setUid(meeting.getId() + Meeting.UID_SUFFIX);
            archive.add(meeting);
        }
        meetings.saveAll(archive);
    }

    private static Meeting interfaceTalk(LocalDate today) {
        var meeting = single(INTERFACE_TALK_ID, MeetingType.INTERFACE_TALK,
                "Schnittstellengespräch Kommune – Jobcenter: Rechtskreiswechsel", today.plusDays(9), 14, 90);
        meeting.setInterfaceTopic(ContactInterface.KOMMUNE_JOBCENTER);
        meeting.setPlace("Jobcenter Musterstadt, Besprechungsraum 1");
        meeting.setOrganiserOrganisationId(JOBCENTER);
        meeting.setOrganiserName("Clara Jobcenter");
        meeting.setInvitedOrganisationIds(Set.of(KOMMUNE, JOBCENTER));
        meeting.setInvitedContactIds(Set.of("c-kommune-oezdemir", "c-jobcenter-clara"));
        meeting.setAgenda(List.of(new AgendaItem("Ablauf beim Rechtskreiswechsel nach Anerkennung", 45),
                new AgendaItem("Datenaustausch und Fristen", 30)));
        return meeting;
    }

    private static Meeting partnerMeeting(LocalDate today) {
        var meeting = single(PARTNER_MEETING_ID, MeetingType.JOINT_EVENT,
                "Austausch mit den Sprachkursträgern", today.plusDays(21), 15, 90);
        meeting.setVisibility(Visibility.PARTNERS);
        meeting.setOnlineLink("https://meet.example/austausch-sprachkurse");
        meeting.setOrganiserOrganisationId(AGENTUR);
        meeting.setOrganiserName("Bernd Agentur");
        meeting.setInvitedOrganisationIds(Set.of(AGENTUR, JOBCENTER, CARITAS));
        meeting.setInvitedContactIds(Set.of("c-agentur-schmidt", "c-caritas-dora"));
        var internal = new AgendaItem("Abstimmung der Zuweisungszahlen (intern)", 15);
        meeting.setAgenda(List.of(
                new AgendaItem("Freie Plätze in Integrations- und Berufssprachkursen", 45).markedPublic(), internal));
        return meeting;
    }

    private static Meeting publicEvent(LocalDate today) {
        var meeting = single(PUBLIC_EVENT_ID, MeetingType.JOINT_EVENT,
                "Arbeitgeberinformationstag: Geflüchtete in Ausbildung und Arbeit", today.plusDays(58), 9, 240);
        meeting.setVisibility(Visibility.PUBLIC);
        meeting.setPlace("IHK Musterstadt, Saal 1");
        meeting.setDescription("Informationen für Arbeitgeber: Beschäftigung, Förderung und Ansprechpartner.");
        meeting.setOrganiserOrganisationId(AGENTUR);
        meeting.setOrganiserName("Bernd Agentur");
        meeting.setInvitedOrganisationIds(Set.of(KOMMUNE, AGENTUR, JOBCENTER));
        meeting.setGuests(List.of(new Guest("Petra Lange", "IHK Musterstadt", "petra.lange@ihk-musterstadt.example")));
        meeting.setAgenda(List.of(new AgendaItem("Begrüßung", 15).markedPublic(),
                new AgendaItem("Fördermöglichkeiten der Agentur", 45).markedPublic(),
                new AgendaItem("Erfahrungen aus Betrieben", 60).markedPublic()));
        return meeting;
    }

    private static Meeting single(String id, MeetingType type, String title, LocalDate day, int hour, int minutes) {
        var meeting = new Meeting(type, title, null, null);
        meeting.setId(id);
        meeting.setLocalStart(day.atTime(hour, 0));
        meeting.setLocalEnd(day.atTime(hour, 0).plusMinutes(minutes));
        return meeting;
    }
}
