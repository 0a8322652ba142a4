package de.arbeitsgruppe.portal.task;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * How a recurring task repeats: every n weeks, monthly on a day, or quarterly (on the same day of
 * the month, three months on). The next task is due {@link #after} the current one's due date.
 */
public class TaskRepeat {

    public enum Kind {
        WEEKS, MONTHLY, QUARTERLY;

        public String translationKey() {
            return "task.repeat." + name().toLowerCase();
        }
    }

    @NotNull(message = "{validation.required}")
    private Kind kind = Kind.MONTHLY;
    /** For {@link Kind#WEEKS}: every how many weeks. */
    @Min(value = 1, message = "{task.validation.repeatWeeks}")
    @Max(value = 52, message = "{task.validation.repeatWeeks}")
    private int weeks = 1;
    /** For monthly and quarterly: the day of the month; a shorter month takes its last day. */
    @Min(value = 1, message = "{task.validation.repeatDay}")
    @Max(value = 31, message = "{task.validation.repeatDay}")
    private int dayOfMonth = 1;

    public TaskRepeat() {
    }

    public static TaskRepeat everyWeeks(int weeks) {
        var repeat = new TaskRepeat();
        repeat.kind = Kind.WEEKS;
        repeat.weeks = weeks;
        return repeat;
    }

    public static TaskRepeat monthly(int dayOfMonth) {
        var repeat = new TaskRepeat();
        repeat.kind = Kind.MONTHLY;
        repeat.dayOfMonth = dayOfMonth;
        return repeat;
    }

    public static TaskRepeat quarterly(int dayOfMonth) {
        var repeat = monthly(dayOfMonth);
        repeat.kind = Kind.QUARTERLY;
        return repeat;
    }

    /** The due date of the task after one due on {@code due}. */
    public LocalDate after(LocalDate due) {
        return switch (kind) {
            case WEEKS -> due.plusWeeks(weeks);
            case MONTHLY -> onDay(due.plusMonths(1));
            case QUARTERLY -> onDay(due.plusMonths(3));
        };
    }

    private LocalDate onDay(LocalDate inMonth) {
        return inMonth.withDayOfMonth(Math.min(dayOfMonth, inMonth.lengthOfMonth()));
    }

    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
    public int getWeeks() { return weeks; }
    public void setWeeks(int weeks) { this.weeks = weeks; }
    public int getDayOfMonth() { return dayOfMonth; }
    public void setDayOfMonth(int dayOfMonth) { this.dayOfMonth = dayOfMonth; }
}
