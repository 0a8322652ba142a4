package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import java.util.List;
import java.util.Map;

/**
 * Minutes as one user may see and use them: the meeting (for partners without internal items), the
 * protocol (null while none was started), per agenda item its notes, decisions and comments, and
 * what the user may do.
 */
public record ProtocolSheet(Meeting meeting, Protocol protocol, Map<String, ItemNotes> notes,
        Map<String, List<Decision>> decisions, Map<String, List<ProtocolComment>> comments, Permissions may) {

    public boolean exists() {
        return protocol != null;
    }

    public ProtocolState state() {
        return protocol == null ? null : protocol.getState();
    }

    public List<AgendaItem> items() {
        return meeting.getAgenda();
    }

    public List<Decision> decisionsOf(AgendaItem item) {
        return decisions.getOrDefault(item.getId(), List.of());
    }

    public List<ProtocolComment> commentsOn(AgendaItem item) {
        return comments.getOrDefault(item.getId(), List.of());
    }

    /** What the user may do with these minutes now. */
    public record Permissions(boolean start, boolean edit, boolean editHeader, boolean readInternalNotes,
            boolean comment, boolean circulate, boolean approve, boolean correct) {
    }
}
