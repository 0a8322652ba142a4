package de.arbeitsgruppe.portal.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final LocalDateTime TUESDAY_10 = LocalDateTime.of(2026, 9, 8, 10, 0);

    @Test
    void everyTwoWeeksKeepsTheWallClockTimeAcrossTheEndOfSummerTime() {
        var dates = Recurrence.weekly(2, null, 4).occurrences(LocalDateTime.of(2026, 10, 13, 14, 0));

        assertThat(dates).containsExactly(LocalDateTime.of(2026, 10, 13, 14, 0), LocalDateTime.of(2026, 10, 27, 14, 0),
                LocalDateTime.of(2026, 11, 10, 14, 0), LocalDateTime.of(2026, 11, 24, 14, 0));
    }

    @Test
    void monthlyOnTheSecondTuesdayEndsOnTheGivenDate() {
        var dates = Recurrence.monthly(2, LocalDate.of(2026, 12, 8), null).occurrences(TUESDAY_10);

        assertThat(dates).containsExactly(TUESDAY_10, LocalDateTime.of(2026, 10, 13, 10, 0),
                LocalDateTime.of(2026, 11, 10, 10, 0), LocalDateTime.of(2026, 12, 8, 10, 0));
    }

    @Test
    void monthlyOnTheLastFridayFindsTheLastOneOfEachMonth() {
        var dates = Recurrence.monthly(-1, null, 3).occurrences(LocalDateTime.of(2026, 10, 30, 9, 0));

        assertThat(dates).extracting(LocalDateTime::toLocalDate).containsExactly(LocalDate.of(2026, 10, 30),
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 25));
    }

    @Test
    void aSeriesWithoutEndStopsAtTheLimit() {
        var dates = Recurrence.weekly(1, LocalDate.of(2099, 1, 1), null).occurrences(TUESDAY_10);

        assertThat(dates).hasSize(Recurrence.MAX_OCCURRENCES);
    }

    @Test
    void anEndBeforeTheFirstDateGivesNoDates() {
        assertThat(Recurrence.weekly(1, LocalDate.of(2026, 9, 1), null).occurrences(TUESDAY_10)).isEmpty();
    }

    @Test
    void theRuleReadsAsICalendarWritesIt() {
        var berlin = ZoneId.of("Europe/Berlin");

        assertThat(Recurrence.monthly(2, null, 10).rrule(TUESDAY_10, berlin)).isEqualTo("FREQ=MONTHLY;BYDAY=2TU;COUNT=10");
        assertThat(Recurrence.weekly(3, LocalDate.of(2026, 12, 31), null).rrule(TUESDAY_10, berlin))
                .isEqualTo("FREQ=WEEKLY;INTERVAL=3;UNTIL=20261231T225959Z");
    }

    @Test
    void theWeekOfTheMonthOfADateIsLastFromThe29th() {
        assertThat(Recurrence.weekOfMonthOf(LocalDate.of(2026, 9, 8))).isEqualTo(2);
        assertThat(Recurrence.weekOfMonthOf(LocalDate.of(2026, 9, 29))).isEqualTo(-1);
    }
}
