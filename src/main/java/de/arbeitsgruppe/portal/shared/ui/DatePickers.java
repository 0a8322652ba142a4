package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers that read and write dates as German users do ({@code 24.11.2026}, weeks from Monday),
 * with month and day names in the user's language.
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static void localise(DatePicker picker, Component owner) {
        picker.setLocale(Locale.GERMANY);
        picker.setI18n(i18n(owner));
    }

    public static void localise(DateTimePicker picker, Component owner) {
        picker.setLocale(Locale.GERMANY);
        picker.setDatePickerI18n(i18n(owner));
        picker.setDateAriaLabel(owner.getTranslation("form.date"));
        picker.setTimeAriaLabel(owner.getTranslation("form.time"));
    }

    private static DatePicker.DatePickerI18n i18n(Component owner) {
        var locale = PortalTranslations.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
        // java.time counts Monday as 1, the picker's week lists start with Sunday
        var weekdays = Arrays.stream(DayOfWeek.values()).map(day -> DayOfWeek.of((day.getValue() + 5) % 7 + 1)).toList();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdays(names(weekdays, TextStyle.FULL, locale))
                .setWeekdaysShort(names(weekdays, TextStyle.SHORT, locale))
                .setFirstDayOfWeek(1)
                .setDateFormat("dd.MM.yyyy")
                .setToday(owner.getTranslation("form.today"))
                .setCancel(owner.getTranslation("form.cancel"));
    }

    private static List<String> names(List<DayOfWeek> days, TextStyle style, Locale locale) {
        return days.stream().map(day -> day.getDisplayName(style, locale)).toList();
    }
}
