package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import de.arbeitsgruppe.portal.task.TaskRepeat;

/** Whether and how a task repeats: not at all, every n weeks, monthly or quarterly on a day of the month. */
class RepeatFields extends Div {

    /** The choices of the form: the kinds of {@link TaskRepeat} and "once". */
    public enum Choice {
        NONE, WEEKS, MONTHLY, QUARTERLY;

        public String translationKey() {
            return "task.form.repeat." + name().toLowerCase();
        }
    }

    final RadioButtonGroup<Choice> kind = new RadioButtonGroup<>();
    final IntegerField weeks = new IntegerField();
    final IntegerField day = new IntegerField();

    RepeatFields() {
        kind.setLabel(getTranslation("task.facts.repeat"));
        kind.setItems(Choice.values());
        kind.setItemLabelGenerator(EnumLabels.of(this, Choice::translationKey));
        kind.setValue(Choice.NONE);
        kind.addValueChangeListener(change -> showNumbers());
        weeks.setLabel(getTranslation("task.form.repeat.everyWeeks"));
        day.setLabel(getTranslation("task.form.repeat.day"));
        day.setHelperText(getTranslation("task.form.repeat.day.help"));
        for (var field : new IntegerField[] {weeks, day}) {
            field.setStepButtonsVisible(true);
            field.setWidth("12rem");
        }
        add(kind, weeks, day);
        showNumbers();
    }

    void read(TaskRepeat repeat) {
        kind.setValue(repeat == null ? Choice.NONE : Choice.valueOf(repeat.getKind().name()));
        weeks.setValue(repeat == null ? 1 : repeat.getWeeks());
        day.setValue(repeat == null ? 1 : repeat.getDayOfMonth());
        showNumbers();
    }

    /** Marks a missing or out-of-range number; true when the choice is complete. */
    boolean validate() {
        weeks.setInvalid(false);
        day.setInvalid(false);
        return switch (choice()) {
            case WEEKS -> inRange(weeks, 52, "task.validation.repeatWeeks");
            case MONTHLY, QUARTERLY -> inRange(day, 31, "task.validation.repeatDay");
            default -> true;
        };
    }

    /** The repetition chosen; null for a task done once. Call after {@link #validate()}. */
    TaskRepeat value() {
        return switch (choice()) {
            case WEEKS -> TaskRepeat.everyWeeks(weeks.getValue());
            case MONTHLY -> TaskRepeat.monthly(day.getValue());
            case QUARTERLY -> TaskRepeat.quarterly(day.getValue());
            default -> null;
        };
    }

    private Choice choice() {
        return kind.getValue() == null ? Choice.NONE : kind.getValue();
    }

    private boolean inRange(IntegerField field, int max, String messageKey) {
        var value = field.getValue();
        if (value != null && value >= 1 && value <= max) {
            return true;
        }
        field.setErrorMessage(getTranslation(messageKey));
        field.setInvalid(true);
        return false;
    }

    private void showNumbers() {
        var choice = choice();
        weeks.setVisible(choice == Choice.WEEKS);
        day.setVisible(choice == Choice.MONTHLY || choice == Choice.QUARTERLY);
    }
}
