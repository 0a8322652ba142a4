package de.arbeitsgruppe.portal.overview.ui;

import com.vaadin.flow.component.html.Anchor;
import de.arbeitsgruppe.portal.protocol.MinutesAwaitingComment;
import de.arbeitsgruppe.portal.protocol.ProtocolManagement;
import de.arbeitsgruppe.portal.shared.Formats;

/** "Protokolle, die auf meine Anmerkungen warten": minutes sent round, with the last day for comments. */
class MinutesCard extends DashboardCard {

    MinutesCard(ProtocolManagement protocols) {
        super("protokolle", "overview.minutes.title");
        var waiting = protocols.awaitingComment();
        if (waiting.isEmpty()) {
            empty(getTranslation("overview.minutes.empty"));
        }
        waiting.forEach(this::show);
    }

    private void show(MinutesAwaitingComment minutes) {
        var day = minutes.meetingStart().atZone(Formats.ZONE).toLocalDate();
        var link = new Anchor(minutes.path(), getTranslation("overview.minutes.link", minutes.meetingTitle(),
                Formats.date(day)));
        item(link, detail(getTranslation("overview.minutes.deadline", Formats.date(minutes.commentDeadline())), false));
    }
}
