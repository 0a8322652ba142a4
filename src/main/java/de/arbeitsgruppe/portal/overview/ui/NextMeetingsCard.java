package de.arbeitsgruppe.portal.overview.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import java.util.ArrayList;

/** "Meine nächsten Termine": the next meetings the user may see, with date, time and place. */
class NextMeetingsCard extends DashboardCard {

    static final int SHOWN = 5;

    NextMeetingsCard(MeetingManagement meetings) {
        super("termine", "overview.meetings.title");
        var next = meetings.upcoming(SHOWN);
        if (next.isEmpty()) {
            empty(getTranslation("overview.meetings.empty"));
        }
        next.forEach(this::show);
        onwards("termine", getTranslation("overview.meetings.all"));
    }

    private void show(Meeting meeting) {
        var details = new ArrayList<Span>();
        details.add(detail(Formats.dateTime(meeting.getStart()), false));
        if (meeting.getPlace() != null) {
            details.add(detail(meeting.getPlace(), false));
        }
        if (meeting.isCancelled()) {
            details.add(detail(getTranslation("overview.meetings.cancelled"), true));
        }
        item(new Anchor("termine/" + meeting.getId(), meeting.getTitle()), details.toArray(Span[]::new));
    }
}
