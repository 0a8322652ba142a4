package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.Details;
import de.arbeitsgruppe.portal.shared.ui.Links;

/**
 * One public event: when, where, who organises it, whom to ask or register with, what it is about,
 * its programme with clock times and the event as a calendar file of its own.
 */
class PublicEventCard extends Section {

    final Details details = new Details();
    final Anchor addToCalendar = new Anchor();
    final UnorderedList programme = new UnorderedList();

    PublicEventCard(Meeting event, String organiserName, String contactEmail) {
        addClassName("portal-event");
        details.show("events.when", MeetingTexts.when(event));
        details.show("meeting.form.place", event.getPlace());
        if (event.getOnlineLink() != null) {
            details.add(new Details.Term(getTranslation("meeting.form.onlineLink")),
                    new Details.Description(new Anchor(event.getOnlineLink(), getTranslation("events.joinOnline"))));
        }
        details.show("events.organiser", organiserName);
        if (contactEmail != null && !contactEmail.isBlank()) {
            details.add(new Details.Term(getTranslation("events.contact")),
                    new Details.Description(Links.email(contactEmail)));
        }
        addToCalendar.setHref(CalendarFeedController.publicEventPath(event.getId()));
        addToCalendar.setText(getTranslation("events.addToCalendar"));
        // several events on the page: the link names its event for a list of links
        addToCalendar.getElement().setAttribute("aria-label",
                getTranslation("events.addToCalendar.label", event.getTitle()));
        addToCalendar.getElement().setAttribute("download", true);
        // a file served beside the pages, not a route
        addToCalendar.setRouterIgnore(true);
        add(new H2(event.getTitle()), details, new Paragraph(addToCalendar));
        if (event.getDescription() != null) {
            add(new Paragraph(event.getDescription()));
        }
        if (!event.getAgenda().isEmpty()) {
            programme.addClassName("portal-event-programme");
            event.getAgenda().forEach(item -> programme.add(programmeItem(item)));
            add(new H3(getTranslation("events.programme")), programme);
        }
    }

    /** "09:00–09:15 Uhr Begrüßung (15 Min.)"; the time from the whole agenda, internal items included. */
    private ListItem programmeItem(AgendaItem item) {
        var entry = new ListItem();
        var start = item.getPlannedStart();
        if (start != null) {
            var time = new Element("time").setAttribute("datetime", start.toString());
            time.setText(item.getPlannedMinutes() > 0
                    ? getTranslation("events.programmeTime", Formats.time(start),
                            Formats.time(start.plusSeconds(60L * item.getPlannedMinutes())))
                    : getTranslation("events.programmeStart", Formats.time(start)));
            entry.getElement().appendChild(time, Element.createText(" "));
        }
        var text = getTranslation("events.programmeItem", item.getTitle(), item.getPlannedMinutes());
        if (item.getPresenter() != null) {
            text += ", " + getTranslation("agenda.presenter", item.getPresenter());
        }
        entry.add(new Span(text));
        return entry;
    }
}
