package de.arbeitsgruppe.portal.report;

import de.arbeitsgruppe.portal.shared.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * The days a report covers, both included, in Europe/Berlin: a quarter, a half-year, a year, or any
 * span from–to of at most {@link #MAX_DAYS} days.
 */
public record ReportPeriod(Kind kind, LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 3 * 366;

    public enum Kind {
        QUARTER, HALF_YEAR, YEAR, SPAN;

        public String translationKey() {
            return "report.period." + name().toLowerCase();
        }
    }

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new ReportRefused("to", "report.refused.periodOrder");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new ReportRefused("to", "report.refused.periodLength");
        }
    }

    public static ReportPeriod quarter(int year, int quarter) {
        var from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new ReportPeriod(Kind.QUARTER, from, from.plusMonths(3).minusDays(1));
    }

    public static ReportPeriod halfYear(int year, int half) {
        var from = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new ReportPeriod(Kind.HALF_YEAR, from, from.plusMonths(6).minusDays(1));
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static ReportPeriod span(LocalDate from, LocalDate to) {
        return new ReportPeriod(Kind.SPAN, from, to);
    }

    /** The quarter before the one the day lies in: what the quarterly report covers. */
    public static ReportPeriod quarterBefore(LocalDate day) {
        var previous = day.minusMonths(3);
        return quarter(previous.getYear(), previous.get(IsoFields.QUARTER_OF_YEAR));
    }

    /** The first moment of the first day. */
    public Instant start() {
        return from.atStartOfDay(Formats.ZONE).toInstant();
    }

    /** The first moment after the last day. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
    }

    /** Stable and readable, e.g. "2026-Q3", "2026-H1", "2026", "2026-01-15_2026-03-31": ids and file names. */
    public String key() {
        return switch (kind) {
            case QUARTER -> from.getYear() + "-Q" + from.get(IsoFields.QUARTER_OF_YEAR);
            case HALF_YEAR -> from.getYear() + "-H" + (from.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> String.valueOf(from.getYear());
            case SPAN -> from + "_" + to;
        };
    }

    /** "01.07.2026 – 30.09.2026". */
    public String dates() {
        return Formats.date(from) + " – " + Formats.date(to);
    }
}
