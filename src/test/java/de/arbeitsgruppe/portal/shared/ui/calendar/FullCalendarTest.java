package de.arbeitsgruppe.portal.shared.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.shared.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WithMockUser(username = "bernd.agentur", roles = "MEMBER")
class FullCalendarTest extends ViewTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final Instant WINTER_AFTERNOON = Instant.parse("2026-01-15T13:00:00Z");
    static final Instant SUMMER_AFTERNOON = Instant.parse("2026-07-15T12:00:00Z");

    FullCalendar calendar;
    final List<Instant[]> asked = new ArrayList<>();

    @BeforeEach
    void addCalendar() {
        calendar = new FullCalendar();
        UI.getCurrent().add(calendar);
    }

    @Test
    void showsGermanButtonsAWeekFromMondayAndTheBerlinZoneByDefault() {
        var options = property("options");

        assertThat(options.get("locale").asString()).isEqualTo("de");
        assertThat(options.get("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(List.of("today", "month", "week", "list")).map(key -> options.get("buttonText").get(key).asString())
                .containsExactly("Heute", "Monat", "Woche", "Liste");
        assertThat(options.get("editable").asBoolean()).isFalse();
        assertThat(calendar.getView()).isEqualTo(CalendarViewType.MONTH);
        assertThat(calendar.getDate()).isEqualTo(Formats.today());
    }

    @Test
    void speaksEnglishWhenTheUserDoes() {
        calendar.setLocale(Locale.UK);

        var options = property("options");
        assertThat(options.get("locale").asString()).isEqualTo("en");
        assertThat(options.get("buttonText").get("today").asString()).isEqualTo("Today");
        assertThat(options.get("noEventsText").asString()).isEqualTo("No meetings in this period.");
    }

    @Test
    void sendsTimesAsBerlinWallClockTimeSoEveryBrowserShowsTheSameHour() {
        calendar.setEntries(List.of(
                CalendarEntry.timed("winter", "Winter", WINTER_AFTERNOON, WINTER_AFTERNOON.plusSeconds(5400)),
                CalendarEntry.timed("summer", "Sommer", SUMMER_AFTERNOON, SUMMER_AFTERNOON.plusSeconds(3600)),
                CalendarEntry.allDay("due", "Frist", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2))));

        var entries = property("entries");
        assertThat(entries.get(0).get("start").asString()).isEqualTo("2026-01-15T14:00:00");
        assertThat(entries.get(0).get("end").asString()).isEqualTo("2026-01-15T15:30:00");
        assertThat(entries.get(1).get("start").asString()).isEqualTo("2026-07-15T14:00:00");
        assertThat(entries.get(2).get("start").asString()).isEqualTo("2026-03-02");
        assertThat(entries.get(2).get("end").asString()).isEqualTo("2026-03-03");
        assertThat(entries.get(2).get("allDay").asBoolean()).isTrue();
    }

    @Test
    void sendsColoursLinkTooltipAndStrikeThroughOfAnEntry() {
        calendar.setEntries(List.of(CalendarEntry.timed("m-1", "Sitzung", WINTER_AFTERNOON, WINTER_AFTERNOON)
                .withColours("#26734d", "#ffffff").withLink("termine/m-1").withDescription("Raum 204")
                .withCrossedOut(true).withEditable(true)));

        var entry = property("entries").get(0);
        assertThat(entry.get("backgroundColor").asString()).isEqualTo("#26734d");
        assertThat(entry.get("textColor").asString()).isEqualTo("#ffffff");
        assertThat(entry.get("url").asString()).isEqualTo("termine/m-1");
        assertThat(entry.get("extendedProps").get("description").asString()).isEqualTo("Raum 204");
        assertThat(entry.get("classNames").get(0).asString()).isEqualTo("portal-calendar-crossed-out");
        assertThat(entry.get("editable").asBoolean()).isTrue();
    }

    @Test
    void leavesOutWhatAnEntryDoesNotHaveRatherThanSendingNull() {
        calendar.setEntries(List.of(CalendarEntry.timed("plain", "Ohne alles", WINTER_AFTERNOON, WINTER_AFTERNOON)));

        var entry = property("entries").get(0);
        assertThat(entry.has("url")).isFalse();
        assertThat(entry.has("extendedProps")).isFalse();
        assertThat(entry.has("classNames")).isFalse();
    }

    @Test
    void refusesColoursAndLinksABrowserWouldReadAsSomethingElse() {
        var entry = CalendarEntry.timed("x", "X", WINTER_AFTERNOON, WINTER_AFTERNOON);

        assertThatThrownBy(() -> entry.withColours("red;background:url(x)", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entry.withLink("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entry.withLink("//example.org/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalendarEntry.timed("y", "Y", WINTER_AFTERNOON, WINTER_AFTERNOON.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void asksItsSourcesOnlyForTheSixWeeksOfTheMonthGrid() {
        calendar.gotoDate(LocalDate.of(2026, 11, 24));
        calendar.setEntrySources(List.of(recording("a"), recording("b")));

        assertThat(asked).hasSize(2).allSatisfy(range -> {
            assertThat(range[0]).isEqualTo(berlin(2026, 10, 26));
            assertThat(range[1]).isEqualTo(berlin(2026, 12, 7));
        });
        assertThat(calendar.getEntries()).extracting(CalendarEntry::id).containsExactly("a", "b");
    }

    @Test
    void loadsTheNewRangeWhenTheBrowserShowsAnotherWeek() {
        calendar.gotoDate(LocalDate.of(2026, 11, 24));
        var source = recording("a");
        calendar.setEntrySources(List.of(source));
        asked.clear();

        ComponentUtil.fireEvent(calendar, new DatesRenderedEvent(calendar, true, "2026-11-30T00:00:00",
                "2026-12-07T00:00:00", "2026-11-30", "WEEK"));

        assertThat(calendar.getView()).isEqualTo(CalendarViewType.WEEK);
        assertThat(calendar.getDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(asked).singleElement().satisfies(range -> {
            assertThat(range[0]).isEqualTo(berlin(2026, 11, 30));
            assertThat(range[1]).isEqualTo(berlin(2026, 12, 7));
        });
        assertThat(calendar.getEntrySource("a")).containsSame(source);
        assertThat(calendar.getElement().getProperty("view")).isEqualTo("WEEK");
    }

    @Test
    void asksItsSourcesForNoMoreThanTheViewShowsWhateverRangeTheBrowserSends() {
        calendar.gotoDate(LocalDate.of(2026, 11, 24));
        calendar.setEntrySources(List.of(recording("a")));
        asked.clear();

        // a crafted event: a month view "showing" four hundred years
        ComponentUtil.fireEvent(calendar, new DatesRenderedEvent(calendar, true, "1800-01-01T00:00:00",
                "2200-01-01T00:00:00", "2026-12-01", "MONTH"));

        assertThat(asked).singleElement().satisfies(range -> {
            assertThat(range[0]).isEqualTo(berlin(2026, 11, 30));
            assertThat(range[1]).isEqualTo(berlin(2027, 1, 11));
        });
    }

    @Test
    void fallsBackToTheViewsDaysWhenTheBrowserSendsAnEmptyOrReversedRange() {
        calendar.gotoDate(LocalDate.of(2026, 11, 24));
        calendar.setEntrySources(List.of(recording("a")));
        asked.clear();

        ComponentUtil.fireEvent(calendar, new DatesRenderedEvent(calendar, true, "2026-12-07T00:00:00",
                "2026-11-30T00:00:00", "2026-11-30", "WEEK"));

        assertThat(asked).singleElement().satisfies(range -> {
            assertThat(range[0]).isEqualTo(berlin(2026, 11, 30));
            assertThat(range[1]).isEqualTo(berlin(2026, 12, 7));
        });
    }

    @Test
    void doesNotLoadAgainWhenTheBrowserShowsTheRangeAlreadyLoaded() {
        calendar.gotoDate(LocalDate.of(2026, 11, 24));
        calendar.setEntrySources(List.of(recording("a")));
        asked.clear();

        ComponentUtil.fireEvent(calendar, new DatesRenderedEvent(calendar, true, "2026-10-26T00:00:00",
                "2026-12-07T00:00:00", "2026-11-01", "MONTH"));

        assertThat(asked).isEmpty();
    }

    @Test
    void switchesToTheWeekOfTheChosenDay() {
        calendar.gotoDate(LocalDate.of(2026, 11, 26));
        calendar.setView(CalendarViewType.WEEK);

        assertThat(calendar.getElement().getProperty("view")).isEqualTo("WEEK");
        assertThat(calendar.getVisibleStart()).isEqualTo(berlin(2026, 11, 23));
        assertThat(calendar.getVisibleEnd()).isEqualTo(berlin(2026, 11, 30));
        calendar.setView(CalendarViewType.LIST);
        assertThat(calendar.getVisibleStart()).isEqualTo(berlin(2026, 11, 1));
        assertThat(calendar.getVisibleEnd()).isEqualTo(berlin(2026, 12, 1));
    }

    @Test
    void reportsTheDroppedEntryWithItsNewTimeAndKeptDuration() {
        calendar.setEditable(true);
        calendar.setEntries(List.of(CalendarEntry.timed("m", "Termin", WINTER_AFTERNOON,
                WINTER_AFTERNOON.plusSeconds(5400)).withEditable(true)));
        var drops = new ArrayList<EntryDropEvent>();
        calendar.addEntryDropListener(drops::add);

        ComponentUtil.fireEvent(calendar, new EntryDropEvent(calendar, true, "m", "2026-01-16T09:00:00", null, false));

        assertThat(drops).singleElement().satisfies(drop -> {
            assertThat(drop.getStart()).isEqualTo(Instant.parse("2026-01-16T08:00:00Z"));
            assertThat(drop.getEnd()).isEqualTo(Instant.parse("2026-01-16T09:30:00Z"));
            assertThat(drop.getEntry()).map(CalendarEntry::start).contains(WINTER_AFTERNOON);
            assertThat(drop.isValid()).isTrue();
        });
    }

    @Test
    void treatsADropOfAnEntryThatIsNotEditableAsInvalid() {
        calendar.setEditable(true);
        calendar.setEntries(List.of(CalendarEntry.timed("fixed", "Fest", WINTER_AFTERNOON, WINTER_AFTERNOON)));

        var drop = new EntryDropEvent(calendar, true, "fixed", "2026-01-16T09:00:00", "2026-01-16T10:00:00", false);
        var unknown = new EntryDropEvent(calendar, true, "nope", "2026-01-16T09:00:00", "2026-01-16T10:00:00", false);
        var garbled = new EntryDropEvent(calendar, true, "fixed", "morgen", "2026-01-16T10:00:00", false);

        assertThat(drop.isValid()).isFalse();
        assertThat(unknown.isValid()).isFalse();
        assertThat(garbled.getStart()).isNull();
        assertThat(garbled.isValid()).isFalse();
    }

    @Test
    void namesTheClickedEntry() {
        calendar.setEntries(List.of(CalendarEntry.timed("m-7", "Termin", WINTER_AFTERNOON, WINTER_AFTERNOON)));
        var clicked = new ArrayList<String>();
        calendar.addEntryClickListener(click -> clicked.add(click.getEntry().map(CalendarEntry::title).orElse("?")));

        ComponentUtil.fireEvent(calendar, new EntryClickEvent(calendar, true, "m-7"));

        assertThat(clicked).containsExactly("Termin");
    }

    @Test
    void showsAnotherZoneWhenAskedTo() {
        calendar.setTimeZone(ZoneId.of("Europe/London"));
        calendar.setEntries(List.of(CalendarEntry.timed("w", "W", WINTER_AFTERNOON, WINTER_AFTERNOON)));

        assertThat(property("entries").get(0).get("start").asString()).isEqualTo("2026-01-15T13:00:00");
        assertThat(property("options").get("timeZone").asString()).isEqualTo("Europe/London");
    }

    private CalendarEntrySource recording(String id) {
        return (from, to, locale) -> {
            asked.add(new Instant[] {from, to});
            return List.of(CalendarEntry.timed(id, id, from, from.plusSeconds(3600)));
        };
    }

    /**
     * A property as the browser reads it. The entries must arrive as one JSON text: as a list of maps
     * Flow kept a tree of nodes per entry for as long as the page was open.
     */
    private JsonNode property(String name) {
        var value = calendar.getElement().getPropertyRaw(name);
        if ("entries".equals(name)) {
            assertThat(value).as("the entries as one JSON text").isInstanceOf(String.class);
        }
        return value instanceof String text ? JSON.readTree(text) : (JsonNode) value;
    }

    private static Instant berlin(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 0, 0).atZone(Formats.ZONE).toInstant();
    }
}
