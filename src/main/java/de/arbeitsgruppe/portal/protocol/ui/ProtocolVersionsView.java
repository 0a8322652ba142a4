package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.ProtocolApproval;
import de.arbeitsgruppe.portal.protocol.ProtocolText;
import de.arbeitsgruppe.portal.protocol.ProtocolVersion;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/**
 * Every approved version of a meeting's minutes, the newest first, each with its PDF and the word
 * diff to the version before. Partners see the partner versions, and so the changes to them alone.
 * An unknown meeting and one the user may not see both get the not-found page.
 */
@Route("termine/:id/protokoll/versionen")
@PermitAll
public class ProtocolVersionsView extends PortalView implements BeforeEnterObserver {

    final Paragraph meetingLine = new Paragraph();
    final Paragraph empty = new Paragraph();
    final Div versions = new Div();
    final Anchor back = new Anchor();

    private final MeetingManagement meetings;
    private final ProtocolApproval approval;

    ProtocolVersionsView(MeetingManagement meetings, ProtocolApproval approval) {
        this.meetings = meetings;
        this.approval = approval;
        empty.addClassName("portal-empty");
        empty.setText(getTranslation("protocol.versions.empty"));
        back.setText(getTranslation("protocol.versions.back"));
        add(meetingLine, empty, versions, back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetings.find(event.getRouteParameters().get("id").orElse(null))
                .ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(Meeting meeting) {
        heading.setText(getTranslation("protocol.versions.heading", meeting.getTitle()));
        meetingLine.setText(getTranslation("protocol.versions.meeting", Formats.dateTime(meeting.getStart())));
        back.setHref("termine/" + meeting.getId() + "/protokoll");
        List<ProtocolVersion> approved = approval.versions(meeting.getId());
        empty.setVisible(approved.isEmpty());
        versions.removeAll();
        var entries = new ArrayList<VersionEntry>();
        String previous = null;
        for (ProtocolVersion version : approved) {
            var text = ProtocolText.of(version.getContent());
            entries.addFirst(new VersionEntry(meeting.getId(), version, text, previous));
            previous = text;
        }
        entries.forEach(versions::add);
    }

    @Override
    protected String titleKey() {
        return "protocol.versions.title";
    }
}
