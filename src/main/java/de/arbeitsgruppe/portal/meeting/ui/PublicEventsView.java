package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.GroupContactProperties;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.PublicLayout;
import java.util.HashMap;

/**
 * "Veranstaltungen": the upcoming public events, for everyone and without a login, in the public frame
 * (no side menu for visitors).
 */
@Route(value = "veranstaltungen", layout = PublicLayout.class)
@Menu(order = 60, icon = "vaadin:megaphone", title = "events.title")
@AnonymousAllowed
public class PublicEventsView extends PortalView {

    static final int LIMIT = 50;

    final Div events = new Div();
    final Paragraph empty = new Paragraph();
    final Anchor subscribe = new Anchor();

    PublicEventsView(MeetingManagement meetings, OrganisationManagement organisations, GroupContactProperties contact) {
        subscribe.setHref("ical/oeffentlich.ics");
        subscribe.setText(getTranslation("events.subscribe"));
        // a calendar feed served beside the pages, not a route
        subscribe.setRouterIgnore(true);
        var upcoming = meetings.publicUpcoming(LIMIT);
        // a handful of organisations organise all events: each name is looked up once per visit
        var organiserNames = new HashMap<String, String>();
        upcoming.forEach(event -> events.add(new PublicEventCard(event, organiserNames.computeIfAbsent(
                event.getOrganiserOrganisationId(),
                id -> organisations.nameOf(id, event.getWorkingGroupId()).orElse(null)), contact.email())));
        empty.setText(getTranslation("events.empty"));
        empty.addClassName("portal-empty");
        empty.setVisible(upcoming.isEmpty());
        add(new Paragraph(getTranslation("events.intro")), events, empty, subscribe,
                new Paragraph(getTranslation("events.subscribe.help")));
    }

    @Override
    protected String titleKey() {
        return "events.title";
    }
}
