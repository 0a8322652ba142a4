package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.shared.MeetingMinutes.MinutesLink;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The agenda as "TOP 1 …" with minutes and presenter, the planned total and a warning when the
 * agenda needs more time than the meeting has; the item "Genehmigung des Protokolls der letzten
 * Sitzung" links to the minutes it is about.
 */
class AgendaOverview extends Div {

    final UnorderedList items = new UnorderedList();
    final Paragraph total = new Paragraph();
    final Paragraph overrun = new Paragraph();
    /** The link at the item "Genehmigung des Protokolls der letzten Sitzung", null without one. */
    Anchor approvalMinutes;

    AgendaOverview() {
        items.addClassName("portal-agenda");
        // the items carry their number ("TOP 1"), so the list shows no bullets of its own
        items.getStyle().set("list-style", "none").set("padding-inline-start", "0");
        overrun.addClassName("portal-flag");
        add(new H2(getTranslation("meeting.detail.agenda")), items, total, overrun);
    }

    /**
     * @param previousMinutes the minutes the item "Genehmigung des Protokolls der letzten Sitzung" is
     *         about, asked for only when the agenda has that item
     */
    void show(Meeting meeting, Supplier<Optional<MinutesLink>> previousMinutes) {
        items.removeAll();
        approvalMinutes = null;
        var agenda = meeting.getAgenda();
        // on an internal meeting every item is internal: saying so at each would only be noise
        boolean markInternal = meeting.getVisibility() != Visibility.INTERNAL;
        Optional<MinutesLink> minutes = agenda.stream().anyMatch(this::isApproval) ? previousMinutes.get() : Optional.empty();
        for (int i = 0; i < agenda.size(); i++) {
            var entry = item(agenda.get(i).numberIn(i), agenda.get(i), markInternal);
            if (isApproval(agenda.get(i))) {
                minutes.ifPresent(link -> entry.add(minutesLink(link)));
            }
            items.add(entry);
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

    /** The standard item has a German title, whatever the reader's language, and may have a date added. */
    private boolean isApproval(AgendaItem item) {
        return item.getTitle() != null
                && item.getTitle().startsWith(getTranslation(PortalTranslations.GERMAN, "meeting.agenda.standard.approval"));
    }

    private Paragraph minutesLink(MinutesLink link) {
        approvalMinutes = new Anchor(link.path(), getTranslation(link.labelKey()));
        return new Paragraph(approvalMinutes);
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
