package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import java.util.function.Consumer;

/**
 * The meeting a page's {@code :id} names, as the user may see it; the not-found page for an unknown
 * id and for a meeting the user may not see alike, so a guessed id reveals nothing.
 */
final class MeetingFromRoute {

    private MeetingFromRoute() {
    }

    static void show(BeforeEnterEvent event, MeetingManagement meetings, Consumer<Meeting> page) {
        meetings.find(event.getRouteParameters().get("id").orElse(null))
                .ifPresentOrElse(page, () -> event.rerouteToError(NotFoundException.class));
    }
}
