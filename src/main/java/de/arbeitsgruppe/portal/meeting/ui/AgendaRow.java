package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import java.util.ArrayList;
import java.util.List;

/**
 * One agenda item in the editor: "TOP n", title, minutes, presenter, public or internal, and the
 * buttons to move, edit and remove it. The row can be dragged onto another row to take its place.
 */
class AgendaRow extends ListItem {

    final AgendaItem item;
    final Span number = new Span();
    final Span title = new Span();
    final Span facts = new Span();
    final Paragraph description = new Paragraph();
    final Button up = new Button(new Icon(VaadinIcon.ARROW_UP));
    final Button down = new Button(new Icon(VaadinIcon.ARROW_DOWN));
    final Button edit = new Button(new Icon(VaadinIcon.EDIT));
    final Button remove = new Button(new Icon(VaadinIcon.TRASH));

    AgendaRow(AgendaItem item, AgendaEditor editor) {
        this.item = item;
        number.getStyle().set("font-weight", "600").set("margin-inline-end", "var(--lumo-space-s)");
        title.getStyle().set("font-weight", "600");
        facts.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)");
        description.getStyle().set("white-space", "pre-line").set("margin", "var(--lumo-space-xs) 0 0 0");
        up.addClickListener(click -> editor.move(this, -1));
        down.addClickListener(click -> editor.move(this, 1));
        edit.addClickListener(click -> editor.edit(this));
        remove.addClickListener(click -> editor.confirmRemoval(this));
        for (Button button : List.of(up, down, edit, remove)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        }
        var text = new Div(new Div(number, new Text(" "), title), facts, description);
        text.getStyle().set("flex", "1");
        var actions = new Div(up, down, edit, remove);
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "flex-start");
        var handle = new Icon(VaadinIcon.ELLIPSIS_DOTS_V);
        handle.getElement().setAttribute("aria-hidden", "true");
        handle.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0.2em");
        add(handle, text, actions);
        addClassName("portal-agenda-row");
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "flex-start")
                .set("padding", "var(--lumo-space-s)").set("cursor", "grab")
                .set("border-bottom", "1px solid var(--lumo-contrast-20pct)");
        var drag = DragSource.create(this);
        drag.addDragStartListener(start -> editor.dragStarted(this));
        drag.addDragEndListener(end -> editor.dragEnded());
        DropTarget.create(this).addDropListener(drop -> editor.droppedOn(this));
    }

    /** Shows the item at its place; the buttons name the item, as their icons alone do not. */
    void show(int position, int count) {
        number.setText(getTranslation("agenda.number", position));
        title.setText(item.getTitle());
        var parts = new ArrayList<String>();
        parts.add(getTranslation("agenda.minutes", item.getPlannedMinutes()));
        if (item.getPresenter() != null) {
            parts.add(getTranslation("agenda.presenter", item.getPresenter()));
        }
        parts.add(getTranslation(item.isPublicItem() ? "agenda.public" : "agenda.internal"));
        facts.setText(String.join(" · ", parts));
        description.setText(item.getDescription() == null ? "" : item.getDescription());
        description.setVisible(item.getDescription() != null);
        label(up, "agenda.moveUp", position);
        label(down, "agenda.moveDown", position);
        label(edit, "agenda.edit", position);
        label(remove, "agenda.remove", position);
        up.setEnabled(position > 1);
        down.setEnabled(position < count);
    }

    private void label(Button button, String key, int position) {
        button.setAriaLabel(getTranslation(key + ".for", position, item.getTitle()));
        button.setTooltipText(getTranslation(key));
    }
}
