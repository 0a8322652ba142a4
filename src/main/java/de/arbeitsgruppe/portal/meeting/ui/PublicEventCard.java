package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.shared.ui.Details;

/** One public event: when, where, who organises it, what it is about and its programme. */
class PublicEventCard extends Section {

    final Details details = new Details();

    PublicEventCard(Meeting event, String organiserName) {
        addClassName("portal-event");
        details.show("events.when", MeetingTexts.when(event));
        details.show("meeting.form.place", event.getPlace());
        if (event.getOnlineLink() != null) {
            details.add(new Details.Term(getTranslation("meeting.form.onlineLink")),
                    new Details.Description(new Anchor(event.getOnlineLink(), getTranslation("events.joinOnline"))));
        }
        details.show("events.organiser", organiserName);
        add(new H2(event.getTitle()), details);
        if (event.getDescription() != null) {
            add(new Paragraph(event.getDescription()));
        }
        if (!event.getAgenda().isEmpty()) {
            var programme = new UnorderedList();
            event.getAgenda().forEach(item -> programme.add(new ListItem(
                    getTranslation("events.programmeItem", item.getTitle(), item.getPlannedMinutes()))));
            add(new H3(getTranslation("events.programme")), programme);
        }
    }
}
