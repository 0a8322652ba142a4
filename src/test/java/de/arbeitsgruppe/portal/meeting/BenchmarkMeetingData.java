package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Visibility;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Ten years of a busy working group, 5,000 meetings: a weekly session series, a monthly exchange
 * with the partners, and single meetings of all three kinds on working days, each with an agenda of
 * a few items (some internal); about one in twenty cancelled, past ones held. Always the same data.
 */
public final class BenchmarkMeetingData {

    public static final int MEETINGS = 5_000;
    static final int YEARS = 10;
    private static final List<String> ORGANISATIONS = List.of("org-landkreis-musterstadt", "org-agentur-musterstadt",
            "org-jobcenter-musterstadt", "org-caritas-musterstadt", "org-diakonie-musterstadt");
    private static final List<String> TOPICS = List.of("Rechtskreiswechsel", "Sprachkurse", "Anerkennung",
            "Arbeitgeberkontakte", "Wohnsitzauflage", "Jugendberufsagentur", "Datenaustausch");
    private static final int[] MINUTES = {60, 90, 120, 180, 240};

    private final Random random;
    private final String workingGroup;
    private final LocalDate first;
    private final LocalDate today;
    private final List<String> organisations;
    private final Set<String> contacts;
    private MeetingSeries seriesRule;

    public BenchmarkMeetingData(String workingGroup, LocalDate today) {
        this(workingGroup, today, ORGANISATIONS, Set.of("c-kommune-mueller", "c-agentur-weber"), 20261124);
    }

    /**
     * A group of the load test's installation: its own organisations (the first three are its
     * authorities) and contacts, and a seed of its own.
     */
    public BenchmarkMeetingData(String workingGroup, LocalDate today, List<String> organisations, Set<String> contacts,
            long seed) {
        this.workingGroup = workingGroup;
        this.today = today;
        this.first = today.withDayOfMonth(1).minusYears(YEARS / 2);
        this.organisations = organisations;
        this.contacts = contacts;
        this.random = new Random(seed);
    }

    LocalDate firstDay() {
        return first;
    }

    public List<Meeting> meetings() {
        var meetings = new ArrayList<Meeting>();
        var last = first.plusYears(YEARS);
        for (var day = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)); day.isBefore(last); day = day.plusWeeks(1)) {
            meetings.add(seriesDate("bench-sitzungen", MeetingType.SESSION, "Sitzung der Arbeitsgruppe", day.atTime(10, 0),
                    Visibility.INTERNAL));
        }
        for (var month = first; month.isBefore(last); month = month.plusMonths(1)) {
            var day = month.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.THURSDAY));
            meetings.add(seriesDate("bench-austausch", MeetingType.JOINT_EVENT, "Austausch mit den Trägern",
                    day.atTime(15, 0), Visibility.PARTNERS));
        }
        long days = ChronoUnit.DAYS.between(first, last);
        while (meetings.size() < MEETINGS) {
            var day = first.plusDays(random.nextLong(days));
            if (day.getDayOfWeek().getValue() <= 5) {
                meetings.add(single(day.atTime(8 + random.nextInt(9), random.nextBoolean() ? 0 : 30)));
            }
        }
        return meetings;
    }

    /**
     * Two years around today, as the load test's groups hold them: a fortnightly session series
     * from a year back to a year ahead and {@code singles} single meetings, agendas of 3–6 items;
     * ids {@code idPrefix + n} in order of the start.
     */
    public List<Meeting> twoYears(String idPrefix, int singles) {
        var meetings = new ArrayList<Meeting>();
        var from = today.minusYears(1);
        var to = today.plusYears(1);
        var firstTuesday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        LocalDate lastTuesday = firstTuesday;
        for (var day = firstTuesday; day.isBefore(to); day = day.plusWeeks(2)) {
            var date = seriesDate(idPrefix + "sitzungen", MeetingType.SESSION, "Sitzung der Arbeitsgruppe",
                    day.atTime(10, 0), Visibility.INTERNAL);
            date.setAgenda(agenda(3));
            meetings.add(date);
            lastTuesday = day;
        }
        // the rule the dates came from, which editing "this and the following dates" reads
        seriesRule = new MeetingSeries(workingGroup, Recurrence.weekly(2, lastTuesday, null), firstTuesday.atTime(10, 0),
                idPrefix + "sitzungen@benchmark");
        seriesRule.setId(idPrefix + "sitzungen");
        long days = ChronoUnit.DAYS.between(from, to);
        for (int n = 0; n < singles; ) {
            var day = from.plusDays(random.nextLong(days));
            if (day.getDayOfWeek().getValue() <= 5) {
                var meeting = single(day.atTime(8 + random.nextInt(9), random.nextBoolean() ? 0 : 30));
                meeting.setAgenda(agenda(3));
                meetings.add(meeting);
                n++;
            }
        }
        meetings.sort(java.util.Comparator.comparing(Meeting::getStart));
        for (int i = 0; i < meetings.size(); i++) {
            meetings.get(i).setId(idPrefix + (i + 1));
        }
        return meetings;
    }

    /** The rule of the fortnightly series of the last {@link #twoYears}. */
    public MeetingSeries seriesRule() {
        return seriesRule;
    }

    /** One session with the given agenda, held when it lies before today. */
    public Meeting session(String id, String title, LocalDateTime start, List<String> items) {
        var meeting = meeting(MeetingType.SESSION, title, start, 120, Visibility.INTERNAL);
        meeting.setId(id);
        meeting.setUid(id + Meeting.UID_SUFFIX);
        meeting.setState(start.toLocalDate().isBefore(today) ? MeetingState.HELD : MeetingState.INVITED);
        meeting.setAgenda(new ArrayList<>(items.stream().map(title1 -> new AgendaItem(title1, 20)).toList()));
        if (meeting.getState() == MeetingState.HELD) {
            meeting.getAgenda().forEach(item -> item.setDealtWith(true));
        }
        return meeting;
    }

    private Meeting seriesDate(String seriesId, MeetingType type, String title, LocalDateTime start, Visibility visibility) {
        var meeting = meeting(type, title, start, 120, visibility);
        meeting.setSeriesId(seriesId);
        meeting.setRecurrenceId(meeting.getStart());
        meeting.setUid(seriesId + "@benchmark");
        return meeting;
    }

    private Meeting single(LocalDateTime start) {
        var type = MeetingType.values()[random.nextInt(MeetingType.values().length)];
        int roll = random.nextInt(100);
        var visibility = roll < 55 ? Visibility.INTERNAL : roll < 85 ? Visibility.PARTNERS : Visibility.PUBLIC;
        var topic = TOPICS.get(random.nextInt(TOPICS.size()));
        var meeting = meeting(type, topic + ": Abstimmung " + random.nextInt(1000), start,
                MINUTES[random.nextInt(MINUTES.length)], visibility);
        meeting.setUid("bench-" + random.nextLong() + "@benchmark");
        return meeting;
    }

    private Meeting meeting(MeetingType type, String title, LocalDateTime start, int minutes, Visibility visibility) {
        var meeting = new Meeting(type, title, null, null);
        meeting.setWorkingGroupId(workingGroup);
        meeting.setLocalStart(start);
        meeting.setLocalEnd(start.plusMinutes(minutes));
        meeting.setVisibility(visibility);
        meeting.setPlace("Kreishaus Musterstadt, Raum " + (100 + random.nextInt(300)));
        if (random.nextInt(4) == 0) {
            meeting.setOnlineLink("https://meet.example/raum-" + random.nextInt(50));
        }
        meeting.setDescription("Abstimmung zu " + TOPICS.get(random.nextInt(TOPICS.size())) + ".");
        meeting.setOrganiserOrganisationId(organisations.get(random.nextInt(3)));
        meeting.setOrganiserName("Anna Koordination");
        meeting.setInvitedOrganisationIds(new LinkedHashSet<>(List.of(organisations.get(random.nextInt(3)),
                organisations.get(random.nextInt(organisations.size())))));
        meeting.setInvitedContactIds(contacts);
        meeting.setAgenda(agenda(2));
        if (random.nextInt(20) == 0) {
            meeting.setState(MeetingState.CANCELLED);
        } else if (start.toLocalDate().isBefore(today)) {
            meeting.setState(MeetingState.HELD);
        } else {
            meeting.setState(MeetingState.INVITED);
        }
        return meeting;
    }

    private List<AgendaItem> agenda(int least) {
        var items = new ArrayList<AgendaItem>();
        int count = least + random.nextInt(7 - least);
        for (int i = 0; i < count; i++) {
            var item = new AgendaItem(TOPICS.get(random.nextInt(TOPICS.size())) + ": Stand und nächste Schritte",
                    5 * (1 + random.nextInt(6)));
            item.setPresenter(random.nextBoolean() ? "Bernd Agentur" : null);
            item.setPublicItem(random.nextInt(5) != 0);
            items.add(item);
        }
        return items;
    }

    /** Instants of start of day in Europe/Berlin. */
    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Formats.ZONE).toInstant();
    }
}
