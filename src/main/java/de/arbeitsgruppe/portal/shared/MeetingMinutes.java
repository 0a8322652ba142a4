package de.arbeitsgruppe.portal.shared;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Which meetings have minutes a user may read, for the links on the meeting pages, in the calendar
 * and in the personal calendar feed. Implemented by the protocol module: the minutes depend on the
 * meetings, so the meetings learn of them only through this interface.
 */
public interface MeetingMinutes {

    /** The route of a meeting's minutes, below the portal's address. */
    static String path(String meetingId) {
        return "termine/" + meetingId + "/protokoll";
    }

    /**
     * Of the meetings given, those with minutes the current user may read, by meeting id. The ids
     * are of meetings the user may see, as the meeting module handed them out: the answer tells
     * nothing else about them.
     */
    Map<String, MinutesLink> of(Collection<String> meetingIds);

    /** The same for a user known without a session, such as the owner of a personal calendar feed. */
    Map<String, MinutesLink> of(PortalUser user, Collection<String> meetingIds);

    /**
     * The minutes the item "Genehmigung des Protokolls der letzten Sitzung" of a meeting is about:
     * those approved in this meeting, else the latest minutes sent round of an earlier meeting of the
     * same type (of the same series first). Empty when there are none the current user may read.
     */
    Optional<MinutesLink> previousFor(String meetingId);

    /**
     * Minutes to link to.
     *
     * @param meetingId the meeting the minutes are of
     * @param labelKey the translation of the link, which names the minutes' state ("Protokoll (genehmigt)")
     */
    record MinutesLink(String meetingId, String labelKey) {

        public String path() {
            return MeetingMinutes.path(meetingId);
        }
    }
}
