package de.arbeitsgruppe.portal.evaluation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import de.arbeitsgruppe.portal.evaluation.ChecklistPoint;

/**
 * A point in the checklist editor: its wording (a text area, so a long point is read whole on a
 * phone), and buttons to save it, move it and retire or take it back.
 */
class ChecklistPointRow extends Composite<HorizontalLayout> {

    /** What the office does with a point; the view runs it against the checklist's version. */
    interface Actions {
        void reword(ChecklistPointRow row);
        void move(ChecklistPointRow row, int direction);
        void retire(ChecklistPointRow row, boolean retired);
    }

    final ChecklistPoint point;
    final TextArea text = new TextArea();
    final Button saveText = new Button();
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button retire = new Button();

    ChecklistPointRow(ChecklistPoint point, int number, boolean first, boolean last, Actions actions) {
        this.point = point;
        var label = getTranslation(point.isRetired() ? "evaluation.checklist.pointRetired" : "evaluation.checklist.point",
                number);
        text.setLabel(label);
        text.setValue(point.getText());
        text.setMaxLength(ChecklistPoint.MAX_TEXT);
        text.setWidth("36em");
        text.getStyle().set("max-width", "100%");
        saveText.setText(getTranslation("evaluation.checklist.reword"));
        saveText.setAriaLabel(getTranslation("evaluation.checklist.reword.for", label));
        saveText.addClickListener(click -> actions.reword(this));
        up.setAriaLabel(getTranslation("evaluation.checklist.up", label));
        up.setTooltipText(getTranslation("evaluation.checklist.up", label));
        up.setEnabled(!first);
        up.addClickListener(click -> actions.move(this, -1));
        down.setAriaLabel(getTranslation("evaluation.checklist.down", label));
        down.setTooltipText(getTranslation("evaluation.checklist.down", label));
        down.setEnabled(!last);
        down.addClickListener(click -> actions.move(this, 1));
        retire.setText(getTranslation(point.isRetired() ? "evaluation.checklist.restore" : "evaluation.checklist.retire"));
        retire.setAriaLabel(getTranslation(point.isRetired() ? "evaluation.checklist.restore.for" : "evaluation.checklist.retire.for",
                label));
        retire.addClickListener(click -> actions.retire(this, !point.isRetired()));
        for (Button button : new Button[] {saveText, up, down, retire}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        var row = getContent();
        row.setWrap(true);
        // full width, so that the field's max-width of 100 % means the page's width on a phone
        row.setWidthFull();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.add(text, saveText, up, down, retire);
        if (point.isRetired()) {
            row.addClassName("portal-muted");
        }
    }
}
