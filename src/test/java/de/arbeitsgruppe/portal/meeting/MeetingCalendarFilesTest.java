package de.arbeitsgruppe.portal.meeting;

import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.berlin;
import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.events;
import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.expand;
import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.instant;
import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.lines;
import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.onlyEvent;
import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.parse;
import static de.arbeitsgruppe.portal.meeting.CalendarFileReader.value;
import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.shared.DueDates.DueDate;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MeetingCalendarFilesTest {

    private static final LocalDateTime OCT_13_14H = LocalDateTime.of(2026, 10, 13, 14, 0);
    private static final Participants PARTICIPANTS = new Participants("Anna Koordination", "anna@kreis.example",
            List.of(new Participants.Attendee("Bernd Agentur", "bernd@agentur.example"),
                    new Participants.Attendee("Dora \"Caritas\"", "dora@caritas.example")));

    private final MeetingCalendarFiles files = new MeetingCalendarFiles(new PortalTranslations());
    private final MeetingPlanning planning = new MeetingPlanning(new PortalTranslations());

    @Test
    void anInvitationCarriesTheMeetingWithItsTimesInBerlinAndTheAgenda() throws Exception {
        var meeting = meeting(LocalDateTime.of(2026, 11, 24, 14, 0), 90);
        meeting.setUid("talk-1@koordinierungsportal");
        meeting.setSequence(2);

        var calendar = parse(files.request(meeting, PARTICIPANTS));
        var event = onlyEvent(calendar);

        assertThat(value(calendar, "METHOD")).isEqualTo("REQUEST");
        assertThat(value(calendar, "PRODID")).isEqualTo("-//Koordinierungsportal//DE");
        assertThat(value(event, "UID")).isEqualTo("talk-1@koordinierungsportal");
        assertThat(value(event, "SEQUENCE")).isEqualTo("2");
        assertThat(event.getProperty("RECURRENCE-ID")).isEmpty();
        assertThat(berlin(event, "DTSTART")).isEqualTo(LocalDateTime.of(2026, 11, 24, 14, 0));
        assertThat(instant(event, "DTSTART")).isEqualTo(Instant.parse("2026-11-24T13:00:00Z"));
        assertThat(instant(event, "DTEND")).isEqualTo(Instant.parse("2026-11-24T14:30:00Z"));
        assertThat(value(event, "SUMMARY")).isEqualTo("Austausch mit den Sprachkursträgern");
        assertThat(value(event, "LOCATION")).isEqualTo("Kreishaus, Raum 204 / https://meet.example/austausch");
        assertThat(value(event, "URL")).isEqualTo("https://meet.example/austausch");
        assertThat(value(event, "DESCRIPTION")).isEqualTo("""
                Freie Plätze in den Kursen; Stand: 1. Quartal
                
                Tagesordnung:
                TOP 1: Begrüßung (15 Min.)
                TOP 2: Freie Plätze in Integrationskursen (45 Min.) – Bernd Agentur
                   Zahlen der Träger, Wartelisten
                
                Online-Teilnahme: https://meet.example/austausch
                Einladende: Anna Koordination""");
        assertThat(lines(event, "ORGANIZER")).containsExactly("ORGANIZER;CN=Anna Koordination:mailto:anna@kreis.example");
        assertThat(lines(event, "ATTENDEE")).containsExactly(
                "ATTENDEE;CN=Bernd Agentur;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:bernd@agentur.example",
                "ATTENDEE;CN=Dora 'Caritas';ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dora@caritas.example");
    }

    @Test
    void anInvitationToOneDateOfASeriesNamesTheDateByItsOriginalStart() throws Exception {
        var dates = weeklySeries(4).dates();
        var moved = dates.get(2);
        moved.setLocalStart(moved.localStart().plusHours(2));
        moved.setEnd(moved.getStart().plusSeconds(3600));
        moved.setSequence(1);

        var event = onlyEvent(parse(files.request(moved, PARTICIPANTS)));

        assertThat(value(event, "UID")).isEqualTo("sitzungen@koordinierungsportal");
        assertThat(value(event, "SEQUENCE")).isEqualTo("1");
        assertThat(berlin(event, "RECURRENCE-ID")).isEqualTo(LocalDateTime.of(2026, 10, 27, 14, 0));
        assertThat(event.getProperty("RECURRENCE-ID").orElseThrow().getParameter("TZID"))
                .hasValueSatisfying(tzid -> assertThat(tzid.getValue()).isEqualTo("Europe/Berlin"));
        assertThat(berlin(event, "DTSTART")).isEqualTo(LocalDateTime.of(2026, 10, 27, 16, 0));
    }

    @Test
    void aWeeklySeriesAt14StaysAt14InBerlinAfterSummerTimeEnds() throws Exception {
        var series = weeklySeries(6);

        var calendar = parse(files.requestSeries(series.rule(), series.dates(), PARTICIPANTS));
        var master = onlyEvent(calendar);

        assertThat(value(calendar, "METHOD")).isEqualTo("REQUEST");
        assertThat(value(master, "RRULE")).isEqualTo("FREQ=WEEKLY;COUNT=6");
        assertThat(master.getProperty("EXDATE")).isEmpty();
        var starts = expand(master);
        assertThat(starts).extracting(ZonedDateTime::toLocalDateTime).containsExactlyElementsOf(
                series.rule().getRecurrence().occurrences(OCT_13_14H));
        assertThat(starts.get(0).toInstant()).isEqualTo(Instant.parse("2026-10-13T12:00:00Z"));
        assertThat(starts.get(2).toInstant()).isEqualTo(Instant.parse("2026-10-27T13:00:00Z"));
    }

    static Stream<Arguments> rules() {
        var lastTuesday = LocalDateTime.of(2026, 10, 27, 9, 30);
        return Stream.of(Arguments.of(Recurrence.weekly(1, null, 30), OCT_13_14H),
                Arguments.of(Recurrence.weekly(3, LocalDate.of(2027, 6, 30), null), OCT_13_14H),
                Arguments.of(Recurrence.monthly(2, null, 12), OCT_13_14H),
                Arguments.of(Recurrence.monthly(-1, LocalDate.of(2027, 12, 31), null), lastTuesday),
                Arguments.of(Recurrence.monthly(4, LocalDate.of(2027, 3, 23), null), lastTuesday));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void icalFindsTheSameDatesInTheRuleAsThePortal(Recurrence recurrence, LocalDateTime first) throws Exception {
        var series = series(recurrence, first);

        var master = onlyEvent(parse(files.requestSeries(series.rule(), series.dates(), PARTICIPANTS)));

        assertThat(expand(master)).extracting(ZonedDateTime::toLocalDateTime)
                .containsExactlyElementsOf(recurrence.occurrences(first));
    }

    @Test
    void aSeriesInvitationLeavesOutCancelledDatesAndOverridesChangedOnes() throws Exception {
        var series = weeklySeries(5);
        var dates = series.dates();
        dates.get(1).setState(MeetingState.CANCELLED);
        dates.get(2).setLocalStart(LocalDateTime.of(2026, 10, 28, 9, 0));
        dates.get(2).setLocalEnd(LocalDateTime.of(2026, 10, 28, 10, 30));
        dates.get(3).getAgenda().add(new AgendaItem("Bericht aus dem Jobcenter", 20));

        var events = events(parse(files.requestSeries(series.rule(), dates, PARTICIPANTS)));

        var master = events.getFirst();
        assertThat(master.getProperty("RECURRENCE-ID")).isEmpty();
        assertThat(master.getProperty("EXDATE").orElseThrow().getParameter("TZID"))
                .hasValueSatisfying(tzid -> assertThat(tzid.getValue()).isEqualTo("Europe/Berlin"));
        assertThat(expand(master)).extracting(ZonedDateTime::toLocalDateTime)
                .doesNotContain(LocalDateTime.of(2026, 10, 20, 14, 0)).hasSize(4);
        var overrides = events.subList(1, events.size());
        assertThat(overrides).allSatisfy(override -> assertThat(value(override, "UID")).isEqualTo(value(master, "UID")));
        assertThat(overrides).extracting(override -> berlin(override, "RECURRENCE-ID"))
                .containsExactly(LocalDateTime.of(2026, 10, 27, 14, 0), LocalDateTime.of(2026, 11, 3, 14, 0));
        assertThat(berlin(overrides.get(0), "DTSTART")).isEqualTo(LocalDateTime.of(2026, 10, 28, 9, 0));
        assertThat(value(overrides.get(1), "DESCRIPTION")).contains("TOP 4: Bericht aus dem Jobcenter (20 Min.)");
        assertThat(overrides).allSatisfy(override -> assertThat(lines(override, "ATTENDEE")).hasSize(2));
    }

    @Test
    void aSeriesWithAChangedDateCarriesTheRaisedSequenceOnTheRuleAndTheOverride() throws Exception {
        var series = weeklySeries(3);
        var dates = series.dates();
        dates.get(1).setLocalStart(LocalDateTime.of(2026, 10, 28, 9, 0));
        dates.get(1).setLocalEnd(LocalDateTime.of(2026, 10, 28, 10, 30));
        dates.get(1).setSequence(2);

        var events = events(parse(files.requestSeries(series.rule(), dates, PARTICIPANTS)));

        // a calendar that has the series with SEQUENCE 0 ignores a new file with the same number
        assertThat(events).extracting(event -> value(event, "SEQUENCE")).containsOnly("2");
    }

    @Test
    void aCancellationKeepsTheUidAndSequenceOfTheDate() throws Exception {
        var date = weeklySeries(3).dates().get(1);
        date.setState(MeetingState.CANCELLED);
        date.setSequence(3);

        var calendar = parse(files.cancel(date, PARTICIPANTS));
        var event = onlyEvent(calendar);

        assertThat(value(calendar, "METHOD")).isEqualTo("CANCEL");
        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(event, "UID")).isEqualTo("sitzungen@koordinierungsportal");
        assertThat(value(event, "SEQUENCE")).isEqualTo("3");
        assertThat(berlin(event, "RECURRENCE-ID")).isEqualTo(LocalDateTime.of(2026, 10, 20, 14, 0));
    }

    @Test
    void aCalendarToSubscribeToShowsEachDateOnceAndMarksCancelledOnes() throws Exception {
        var dates = weeklySeries(3).dates();
        dates.get(1).setState(MeetingState.CANCELLED);
        var single = meeting(LocalDateTime.of(2026, 12, 1, 9, 0), 240);
        single.setUid("tag@koordinierungsportal");
        var meetings = Stream.concat(dates.stream(), Stream.of(single)).toList();

        var calendar = parse(files.publish("Koordinierungskreis Musterstadt", meetings));
        var events = events(calendar);

        assertThat(calendar.getProperty("METHOD")).isEmpty();
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Koordinierungskreis Musterstadt");
        assertThat(events).extracting(event -> value(event, "UID")).doesNotHaveDuplicates().hasSize(4)
                .contains("20261020T120000Z-sitzungen@koordinierungsportal", "tag@koordinierungsportal");
        assertThat(events).flatMap(CalendarFileReader::expand).extracting(ZonedDateTime::toLocalDateTime)
                .containsExactly(OCT_13_14H, OCT_13_14H.plusWeeks(1), OCT_13_14H.plusWeeks(2),
                        LocalDateTime.of(2026, 12, 1, 9, 0));
        assertThat(events.get(1).getProperty("STATUS")).hasValueSatisfying(status -> assertThat(status.getValue())
                .isEqualTo("CANCELLED"));
        assertThat(value(events.get(1), "SUMMARY")).isEqualTo("Abgesagt: Sitzung der Arbeitsgruppe");
        assertThat(events.get(0).getProperty("STATUS")).isEmpty();
    }

    @Test
    void aPublishedMeetingWithMinutesLinksThemInsteadOfTheOnlineLink() throws Exception {
        var meeting = meeting(LocalDateTime.of(2026, 11, 24, 14, 0), 90);
        meeting.setId("talk-1");
        meeting.setUid("talk-1@koordinierungsportal");
        var minutes = "https://portal.example/termine/talk-1/protokoll";

        var event = onlyEvent(parse(files.publish("Termine", List.of(meeting), Map.of("talk-1", minutes))));

        assertThat(value(event, "URL")).isEqualTo(minutes);
        assertThat(value(event, "LOCATION")).isEqualTo("Kreishaus, Raum 204 / https://meet.example/austausch");
        assertThat(value(event, "DESCRIPTION")).contains("Online-Teilnahme: https://meet.example/austausch")
                .endsWith("Einladende: Anna Koordination\n\nProtokoll: " + minutes);
        assertThat(value(onlyEvent(parse(files.publish("Termine", List.of(meeting)))), "URL"))
                .isEqualTo("https://meet.example/austausch");
    }

    @Test
    void aPersonalCalendarCarriesDueDatesAsWholeDaysThatLinkToTheirTasksAndBlockNoTime() throws Exception {
        var meeting = meeting(LocalDateTime.of(2026, 11, 24, 14, 0), 90);
        meeting.setUid("talk-1@koordinierungsportal");
        var due = new DueDate("t-42", "Zahlen liefern, Quartal 4", LocalDate.of(2026, 11, 24));

        var calendar = parse(files.publish("Termine", List.of(meeting), Map.of(), List.of(due), "https://portal.example"));

        assertThat(events(calendar)).hasSize(2);
        var event = events(calendar).get(1);
        assertThat(value(event, "UID")).isEqualTo("task-t-42@koordinierungsportal");
        assertThat(lines(event, "DTSTART")).containsExactly("DTSTART;VALUE=DATE:20261124");
        assertThat(lines(event, "DTEND")).containsExactly("DTEND;VALUE=DATE:20261125");
        assertThat(value(event, "SUMMARY")).isEqualTo("Fällig: Zahlen liefern, Quartal 4");
        assertThat(value(event, "URL")).isEqualTo("https://portal.example/aufgaben/t-42");
        assertThat(value(event, "DESCRIPTION")).isEqualTo("Aufgabe im Koordinierungsportal: https://portal.example/aufgaben/t-42");
        assertThat(value(event, "TRANSP")).isEqualTo("TRANSPARENT");
        assertThat(value(event, "CATEGORIES")).isEqualTo("Aufgabe");
        assertThat(value(events(calendar).getFirst(), "UID")).isEqualTo("talk-1@koordinierungsportal");
    }

    @Test
    void theFilesAreFoldedWithCrLfAndNeedNoNetwork() throws Exception {
        var meeting = meeting(LocalDateTime.of(2026, 11, 24, 14, 0), 90);
        meeting.setUid("talk-1@koordinierungsportal");
        meeting.setDescription("Übergänge, Zuständigkeiten und Fristen: ".repeat(20));

        var text = files.publish("Termine", List.of(meeting));

        assertThat(text).endsWith("END:VCALENDAR\r\n").doesNotContain("TZURL").doesNotContainPattern("[^\r]\n");
        assertThat(text.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(value(onlyEvent(parse(text)), "DESCRIPTION")).startsWith(meeting.getDescription());
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).hasValue("false");
    }

    @Test
    void aCarriageReturnInANameOrTitleInjectsNoPropertyIntoTheInvitation() throws Exception {
        var meeting = meeting(LocalDateTime.of(2026, 11, 24, 14, 0), 90);
        meeting.setUid("talk-1@koordinierungsportal");
        meeting.setTitle("Austausch\rX-INJECTED-TITLE:1");
        meeting.setPlace("Kreishaus\nX-INJECTED-PLACE:1");
        var participants = new Participants("Anna\rX-INJECTED-ORGANIZER:1", "anna@kreis.example",
                List.of(new Participants.Attendee("Caritas\rX-INJECTED-ATTENDEE:1", "dora@caritas.example")));

        var text = files.request(meeting, participants);
        var event = onlyEvent(parse(text));

        assertThat(text).doesNotContainPattern("\r(?!\n)").doesNotContainPattern("[^\r]\n");
        // a parser that splits on every CR or LF, after unfolding, reads no line the portal did not write
        assertThat(text.replace("\r\n ", "").split("[\r\n]+")).noneMatch(line -> line.startsWith("X-INJECTED"));
        assertThat(event.<Property>getProperties()).extracting(Property::getName)
                .noneMatch(name -> name.startsWith("X-INJECTED"));
        assertThat(value(event, "SUMMARY")).isEqualTo("Austausch X-INJECTED-TITLE:1");
        assertThat(lines(event, "ATTENDEE")).singleElement().asString()
                .startsWith("ATTENDEE;CN=\"Caritas X-INJECTED-ATTENDEE:1\"");
    }

    private record Series(MeetingSeries rule, List<Meeting> dates) {
    }

    private Series weeklySeries(int count) {
        return series(Recurrence.weekly(1, null, count), OCT_13_14H);
    }

    private Series series(Recurrence recurrence, LocalDateTime first) {
        var template = new Meeting(MeetingType.SESSION, "Sitzung der Arbeitsgruppe", null, null);
        template.setLocalStart(first);
        template.setLocalEnd(first.plusHours(2));
        template.setPlace("Kreishaus, Raum 204");
        template.setAgenda(planning.standardItems());
        var rule = new MeetingSeries("ag-musterstadt", recurrence, first, "sitzungen@koordinierungsportal");
        return new Series(rule, planning.datesOf(template, rule, recurrence.occurrences(first)));
    }

    private static Meeting meeting(LocalDateTime start, int minutes) {
        var meeting = new Meeting(MeetingType.JOINT_EVENT, "Austausch mit den Sprachkursträgern", null, null);
        meeting.setLocalStart(start);
        meeting.setLocalEnd(start.plusMinutes(minutes));
        meeting.setDescription("Freie Plätze in den Kursen; Stand: 1. Quartal");
        meeting.setPlace("Kreishaus, Raum 204");
        meeting.setOnlineLink("https://meet.example/austausch");
        meeting.setOrganiserName("Anna Koordination");
        var places = new AgendaItem("Freie Plätze in Integrationskursen", 45);
        places.setPresenter("Bernd Agentur");
        places.setDescription("Zahlen der Träger, Wartelisten");
        meeting.setAgenda(List.of(new AgendaItem("Begrüßung", 15), places));
        return meeting;
    }
}
