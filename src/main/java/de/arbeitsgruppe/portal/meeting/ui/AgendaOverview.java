package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.shared.Visibility;

/**
 * The agenda as "TOP 1 …" with minutes and presenter, the planned total and a warning when the
 * agenda needs more time than the meeting has.
 */
class AgendaOverview extends Div {

    final UnorderedList items = new UnorderedList();
    final Paragraph total = new Paragraph();
    final Paragraph overrun = new Paragraph();

    AgendaOverview() {
        items.addClassName("portal-agenda");
        // the items carry their number ("TOP 1"), so the list shows no bullets of its own
        items.getStyle().set("list-style", "none").set("padding-inline-start", "0");
        overrun.addClassName("portal-flag");
        add(new H2(getTranslation("meeting.detail.agenda")), items, total, overrun);
    }

    void show(Meeting meeting) {
        items.removeAll();
        var agenda = meeting.getAgenda();
        // on an internal meeting every item is internal: saying so at each would only be noise
        boolean markInternal = meeting.getVisibility() != Visibility.INTERNAL;
        for (int i = 0; i < agenda.size(); i++) {
            items.add(item(i + 1, agenda.get(i), markInternal));
        }
        items.setVisible(!agenda.isEmpty());
        long duration = meeting.duration().toMinutes();
        int planned = meeting.plannedAgendaMinutes();
        total.setText(agenda.isEmpty() ? getTranslation("meeting.detail.agenda.empty")
                : getTranslation("meeting.detail.agenda.total", planned, duration));
        total.setClassName("portal-empty", agenda.isEmpty());
        overrun.setVisible(meeting.isAgendaOverrun());
        overrun.setText(getTranslation("meeting.detail.agenda.overrun", planned, duration, planned - duration));
    }

    private ListItem item(int number, AgendaItem item, boolean markInternal) {
        var entry = new ListItem();
        var title = new Span(getTranslation("meeting.detail.agenda.item", number, item.getTitle()));
        title.getStyle().set("font-weight", "600");
        entry.add(title);
        var details = new StringBuilder(getTranslation("meeting.detail.agenda.minutes", item.getPlannedMinutes()));
        if (item.getPresenter() != null) {
            details.append(", ").append(getTranslation("agenda.presenter", item.getPresenter()));
        }
        if (markInternal && !item.isPublicItem()) {
            details.append(", ").append(getTranslation("meeting.detail.agenda.internal"));
        }
        entry.add(new Span(" (" + details + ")"));
        if (item.getDescription() != null) {
            entry.add(new Paragraph(item.getDescription()));
        }
        return entry;
    }
}
