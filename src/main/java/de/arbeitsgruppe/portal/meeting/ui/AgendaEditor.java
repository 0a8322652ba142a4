package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import java.util.ArrayList;
import java.util.List;

/**
 * The agenda of one meeting while it is edited: items numbered "TOP 1 …", moved with the buttons
 * (focus stays on the moved item, so the key can be pressed again) or by drag and drop, the total
 * of the planned minutes and a warning when it exceeds the meeting's duration. Nothing is stored
 * here; the page saves {@link #items()}.
 */
class AgendaEditor extends VerticalLayout {

    final OrderedList list = new OrderedList();
    final Paragraph empty = new Paragraph();
    final Paragraph total = new Paragraph();
    /** Polite live region: screen readers hear when the agenda starts or stops overrunning. */
    final Div overrun = new Div();
    /** Polite live region for moves, which sighted users see in the list. */
    final Div announcement = new Div();
    final Button add = new Button();

    private final List<AgendaRow> rows = new ArrayList<>();
    private long availableMinutes;
    private AgendaRow dragged;
    private boolean changed;

    AgendaEditor() {
        setPadding(false);
        list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0").set("width", "100%");
        list.setId("agenda-items");
        empty.setText(getTranslation("agenda.empty"));
        empty.addClassName("portal-empty");
        overrun.getElement().setAttribute("role", "status");
        overrun.addClassName("portal-flag");
        announcement.getElement().setAttribute("role", "status");
        announcement.getStyle().set("position", "absolute").set("width", "1px").set("height", "1px")
                .set("overflow", "hidden").set("clip-path", "inset(50%)").set("white-space", "nowrap");
        add.setText(getTranslation("agenda.add"));
        add.setIcon(new Icon(VaadinIcon.PLUS));
        add.addClickListener(click -> new AgendaItemDialog("agenda.add", new AgendaItem(), item -> {
            append(List.of(item));
            return true;
        }).open());
        add(list, empty, add, total, overrun, announcement);
    }

    /** Shows a meeting's agenda, for a meeting of the given length. */
    void show(List<AgendaItem> items, long meetingMinutes) {
        availableMinutes = meetingMinutes;
        rows.clear();
        list.removeAll();
        items.forEach(item -> rows.add(new AgendaRow(item, this)));
        rows.forEach(list::add);
        changed = false;
        refresh();
    }

    /** Whether the agenda was changed since it was shown or {@linkplain #saved() saved}. */
    boolean hasChanges() {
        return changed;
    }

    void saved() {
        changed = false;
    }

    List<AgendaItem> items() {
        return rows.stream().map(row -> row.item).toList();
    }

    List<AgendaRow> rows() {
        return List.copyOf(rows);
    }

    void append(List<AgendaItem> items) {
        for (AgendaItem item : items) {
            var row = new AgendaRow(item, this);
            rows.add(row);
            list.add(row);
        }
        changed = true;
        refresh();
    }

    /** One place up (-1) or down (+1); keeps the focus on the item, wherever it ends up. */
    void move(AgendaRow row, int step) {
        int from = rows.indexOf(row);
        int to = from + step;
        if (from < 0 || to < 0 || to >= rows.size()) {
            return;
        }
        place(row, to);
        var focus = step < 0 ? (row.up.isEnabled() ? row.up : row.down) : (row.down.isEnabled() ? row.down : row.up);
        focus.focus();
    }

    void dragStarted(AgendaRow row) {
        dragged = row;
    }

    void dragEnded() {
        dragged = null;
    }

    /** The dragged item takes the place of the one it was dropped on; that one moves aside. */
    void droppedOn(AgendaRow target) {
        if (dragged == null || dragged == target || !rows.contains(dragged)) {
            return;
        }
        place(dragged, rows.indexOf(target));
        dragged = null;
    }

    void edit(AgendaRow row) {
        new AgendaItemDialog("agenda.edit.title", row.item, item -> {
            changed = true;
            refresh();
            return true;
        }).open();
    }

    void confirmRemoval(AgendaRow row) {
        new Confirmation(getTranslation("agenda.remove.confirm.title"),
                getTranslation("agenda.remove.confirm.text", rows.indexOf(row) + 1, row.item.getTitle()),
                getTranslation("agenda.remove"), getTranslation("form.cancel"), () -> remove(row)).open();
    }

    void remove(AgendaRow row) {
        int index = rows.indexOf(row);
        rows.remove(row);
        list.remove(row);
        changed = true;
        refresh();
        announce(getTranslation("agenda.removed", row.item.getTitle()));
        // the focus was on the removed row's button: put it on the row that took its place
        if (rows.isEmpty()) {
            add.focus();
        } else {
            rows.get(Math.min(index, rows.size() - 1)).edit.focus();
        }
    }

    private void place(AgendaRow row, int index) {
        rows.remove(row);
        rows.add(index, row);
        list.remove(row);
        list.addComponentAtIndex(index, row);
        changed = true;
        refresh();
        announce(getTranslation("agenda.moved", row.item.getTitle(), index + 1));
    }

    private void refresh() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).show(i + 1, rows.size());
        }
        empty.setVisible(rows.isEmpty());
        int planned = rows.stream().mapToInt(row -> row.item.getPlannedMinutes()).sum();
        boolean full = rows.size() >= Meeting.MAX_AGENDA_ITEMS;
        add.setEnabled(!full);
        total.setText(getTranslation("agenda.total", planned, availableMinutes)
                + (full ? " " + getTranslation("agenda.full", Meeting.MAX_AGENDA_ITEMS) : ""));
        overrun.setText(planned > availableMinutes ? getTranslation("agenda.overrun", planned, availableMinutes) : "");
    }

    private void announce(String text) {
        announcement.setText(text);
    }

    /** The meeting's length in minutes, as the agenda has to fit into it. */
    static long minutesOf(Meeting meeting) {
        return meeting.duration().toMinutes();
    }
}
