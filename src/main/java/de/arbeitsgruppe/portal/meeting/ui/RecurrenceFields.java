package de.arbeitsgruppe.portal.meeting.ui;

import de.arbeitsgruppe.portal.shared.ui.DatePickers;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import de.arbeitsgruppe.portal.meeting.Recurrence;
import de.arbeitsgruppe.portal.meeting.Recurrence.Frequency;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import java.time.LocalDateTime;

/**
 * "Wiederholen": every n weeks, or monthly on the weekday of the start date ("am 2. Dienstag des
 * Monats", "am letzten Dienstag"), until a date or for a number of dates, with a preview of the dates.
 */
class RecurrenceFields extends Div {

    enum End {
        UNTIL, COUNT;

        String translationKey() {
            return "meeting.form.ends." + name().toLowerCase();
        }
    }

    final Checkbox repeat = new Checkbox();
    final RadioButtonGroup<Frequency> frequency = new RadioButtonGroup<>();
    final IntegerField interval = new IntegerField();
    final RadioButtonGroup<Integer> weekOfMonth = new RadioButtonGroup<>();
    final RadioButtonGroup<End> ends = new RadioButtonGroup<>();
    final DatePicker until = new DatePicker();
    final IntegerField count = new IntegerField();
    final Paragraph preview = new Paragraph();
    private final FormLayout fields = new FormLayout();
    private LocalDateTime start;

    RecurrenceFields() {
        repeat.setLabel(getTranslation("meeting.form.repeat"));
        frequency.setLabel(getTranslation("meeting.form.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(EnumLabels.of(this, Frequency::translationKey));
        frequency.setValue(Frequency.MONTHLY_BY_WEEKDAY);
        interval.setLabel(getTranslation("meeting.form.interval"));
        interval.setHelperText(getTranslation("meeting.form.interval.help"));
        interval.setValue(1);
        interval.setStepButtonsVisible(true);
        weekOfMonth.setLabel(getTranslation("meeting.form.weekOfMonth"));
        ends.setLabel(getTranslation("meeting.form.ends"));
        ends.setItems(End.values());
        ends.setItemLabelGenerator(EnumLabels.of(this, End::translationKey));
        ends.setValue(End.COUNT);
        until.setLabel(getTranslation("meeting.form.until"));
        DatePickers.localise(until, this);
        count.setLabel(getTranslation("meeting.form.count"));
        count.setValue(10);
        count.setStepButtonsVisible(true);
        preview.getElement().setAttribute("role", "status");
        fields.add(frequency, interval, weekOfMonth, ends, until, count);
        fields.add(preview, 2);
        add(repeat, fields);
        for (HasValue<?, ?> field : new HasValue<?, ?>[] {repeat, frequency, interval, weekOfMonth, ends, until, count}) {
            field.addValueChangeListener(change -> update());
        }
        update();
    }

    /** The start date decides the weekday and which weeks of the month it can repeat on. */
    void setStart(LocalDateTime start) {
        this.start = start;
        if (start != null) {
            var previous = weekOfMonth.getValue();
            var weeks = MeetingTexts.weeksOfMonth(start.toLocalDate());
            weekOfMonth.setItems(weeks);
            weekOfMonth.setItemLabelGenerator(week -> MeetingTexts.monthlyOn(this, week, start.getDayOfWeek()));
            weekOfMonth.setValue(previous != null && weeks.contains(previous) ? previous : weeks.getFirst());
        }
        update();
    }

    /** The rule, or null when the meeting does not repeat; call {@link #validate()} first. */
    Recurrence value() {
        if (!repeat.getValue()) {
            return null;
        }
        var untilDate = ends.getValue() == End.UNTIL ? until.getValue() : null;
        var times = ends.getValue() == End.COUNT ? count.getValue() : null;
        return frequency.getValue() == Frequency.WEEKLY ? Recurrence.weekly(interval.getValue(), untilDate, times)
                : Recurrence.monthly(weekOfMonth.getValue(), untilDate, times);
    }

    /** Marks what is missing or out of range; true when there is no rule or a complete one. */
    boolean validate() {
        if (!repeat.getValue()) {
            return true;
        }
        boolean weekly = frequency.getValue() == Frequency.WEEKLY;
        boolean valid = check(interval, !weekly || inRange(interval.getValue(), 1, 52), "meeting.form.interval.invalid");
        if (!weekly && weekOfMonth.getValue() == null) {
            weekOfMonth.setInvalid(true);
            weekOfMonth.setErrorMessage(getTranslation("validation.required"));
            valid = false;
        }
        if (ends.getValue() == End.UNTIL) {
            boolean given = until.getValue() != null;
            valid &= check(until, given, "validation.required")
                    && check(until, start == null || !until.getValue().isBefore(start.toLocalDate()), "meeting.form.untilBeforeStart");
        } else {
            valid &= check(count, inRange(count.getValue(), 1, Recurrence.MAX_OCCURRENCES), "meeting.form.count.invalid");
        }
        return valid;
    }

    private boolean check(HasValidation field, boolean ok, String messageKey) {
        field.setInvalid(!ok);
        field.setErrorMessage(ok ? null : getTranslation(messageKey));
        return ok;
    }

    private static boolean inRange(Integer value, int min, int max) {
        return value != null && value >= min && value <= max;
    }

    private void update() {
        fields.setVisible(repeat.getValue());
        boolean weekly = frequency.getValue() == Frequency.WEEKLY;
        interval.setVisible(weekly);
        weekOfMonth.setVisible(!weekly);
        until.setVisible(ends.getValue() == End.UNTIL);
        count.setVisible(ends.getValue() == End.COUNT);
        preview.setText(previewText());
    }

    private String previewText() {
        if (!repeat.getValue() || start == null) {
            return "";
        }
        Recurrence rule;
        try {
            rule = value();
            if (rule == null || !rule.isEndedOnce() || !rule.isWeekOfMonthValid() || rule.interval() < 1
                    || rule.count() != null && (rule.count() < 1 || rule.count() > Recurrence.MAX_OCCURRENCES)) {
                return "";
            }
        } catch (RuntimeException incomplete) {
            return "";
        }
        var dates = rule.occurrences(start);
        if (dates.isEmpty()) {
            return getTranslation("meeting.form.preview.none");
        }
        return getTranslation("meeting.form.preview", MeetingTexts.rule(this, rule, start.getDayOfWeek()),
                Formats.date(dates.getFirst().toLocalDate()), Formats.date(dates.getLast().toLocalDate()), dates.size());
    }
}
