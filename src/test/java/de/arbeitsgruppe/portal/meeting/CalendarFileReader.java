package de.arbeitsgruppe.portal.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.shared.Formats;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Reads iCalendar files back the way a calendar program does (ical4j), for the tests of
 * invitations, downloads and feeds: parsing with ical4j's validation, values, times in Europe/Berlin
 * and the starts a recurrence rule expands to.
 */
public final class CalendarFileReader {

    private CalendarFileReader() {
    }

    /** The calendar, which ical4j must find valid. */
    public static Calendar parse(String text) throws IOException, ParserException {
        assertThat(text).as("iCalendar text").isNotNull();
        var calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.validate().getEntries()).as("ical4j's validation").isEmpty();
        return calendar;
    }

    public static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT");
    }

    public static VEvent onlyEvent(Calendar calendar) {
        assertThat(events(calendar)).hasSize(1);
        return events(calendar).getFirst();
    }

    /** The value of a property, or null when there is none. */
    public static String value(PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue).orElse(null);
    }

    /** Every line of the property as written, e.g. all ATTENDEE lines. */
    public static List<String> lines(VEvent event, String name) {
        return event.<Property>getProperties(name).stream().map(property -> property.toString().strip()).toList();
    }

    /** A date-time property, which must name the time zone Europe/Berlin. */
    public static ZonedDateTime zoned(VEvent event, String name) {
        DateProperty<Temporal> property = event.<DateProperty<Temporal>>getProperty(name).orElseThrow();
        assertThat(property.getParameter("TZID")).as(name + ";TZID").hasValueSatisfying(tzid ->
                assertThat(tzid.getValue()).isEqualTo("Europe/Berlin"));
        return (ZonedDateTime) property.getDate();
    }

    /** The wall-clock time in Berlin. */
    public static LocalDateTime berlin(VEvent event, String name) {
        return zoned(event, name).toInstant().atZone(Formats.ZONE).toLocalDateTime();
    }

    public static Instant instant(VEvent event, String name) {
        return zoned(event, name).toInstant();
    }

    /** The starts ical4j finds in the event and its rule (five years back to ten ahead), in Berlin, sorted. */
    public static List<ZonedDateTime> expand(VEvent event) {
        var today = Formats.today().atStartOfDay(Formats.ZONE);
        var period = new Period<>(today.minusYears(5), today.plusYears(10));
        return event.<ZonedDateTime>calculateRecurrenceSet(period).stream()
                .map(found -> found.getStart().toInstant().atZone(Formats.ZONE)).sorted().toList();
    }
}
