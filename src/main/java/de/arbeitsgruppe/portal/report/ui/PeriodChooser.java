package de.arbeitsgruppe.portal.report.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import de.arbeitsgruppe.portal.report.ReportPeriod;
import de.arbeitsgruppe.portal.report.ReportPeriod.Kind;
import de.arbeitsgruppe.portal.shared.ui.DatePickers;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The report's period: a quarter, a half-year or a year of a chosen year, or any span from–to. Starts
 * at the last complete quarter, the report the leadership usually expects.
 */
class PeriodChooser extends FormLayout {

    final Select<Kind> kind = new Select<>();
    final ComboBox<Integer> year = new ComboBox<>();
    final Select<Integer> part = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();

    PeriodChooser(LocalDate today) {
        var last = ReportPeriod.quarterBefore(today);
        kind.setLabel(getTranslation("report.field.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(EnumLabels.of(this, Kind::translationKey));
        year.setLabel(getTranslation("report.field.year"));
        year.setItems(IntStream.rangeClosed(today.getYear() - 10, today.getYear()).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(String::valueOf);
        part.setLabel(getTranslation("report.field.part"));
        part.setItemLabelGenerator(this::partLabel);
        from.setLabel(getTranslation("report.field.from"));
        to.setLabel(getTranslation("report.field.to"));
        DatePickers.localise(from, this);
        DatePickers.localise(to, this);
        kind.addValueChangeListener(change -> showParts());
        kind.setValue(Kind.QUARTER);
        year.setValue(last.from().getYear());
        part.setValue(last.from().get(IsoFields.QUARTER_OF_YEAR));
        from.setValue(last.from());
        to.setValue(last.to());
        add(kind, year, part, from, to);
    }

    /** The period chosen; empty (with the field marked) when it is incomplete. */
    Optional<ReportPeriod> period() {
        var chosen = kind.getValue();
        if (chosen == Kind.SPAN) {
            from.setInvalid(from.getValue() == null);
            to.setInvalid(to.getValue() == null);
            if (from.getValue() == null || to.getValue() == null) {
                return Optional.empty();
            }
            return Optional.of(ReportPeriod.span(from.getValue(), to.getValue()));
        }
        year.setInvalid(year.getValue() == null);
        if (year.getValue() == null || chosen != Kind.YEAR && part.getValue() == null) {
            return Optional.empty();
        }
        return Optional.of(switch (chosen) {
            case QUARTER -> ReportPeriod.quarter(year.getValue(), part.getValue());
            case HALF_YEAR -> ReportPeriod.halfYear(year.getValue(), part.getValue());
            default -> ReportPeriod.year(year.getValue());
        });
    }

    private void showParts() {
        var chosen = kind.getValue();
        var span = chosen == Kind.SPAN;
        year.setVisible(!span);
        part.setVisible(chosen == Kind.QUARTER || chosen == Kind.HALF_YEAR);
        from.setVisible(span);
        to.setVisible(span);
        if (chosen == Kind.QUARTER) {
            part.setItems(1, 2, 3, 4);
            part.setValue(1);
        } else if (chosen == Kind.HALF_YEAR) {
            part.setItems(1, 2);
            part.setValue(1);
        }
    }

    private String partLabel(Integer value) {
        if (value == null) {
            return "";
        }
        return getTranslation(kind.getValue() == Kind.HALF_YEAR ? "report.field.half" : "report.field.quarter", value);
    }
}
