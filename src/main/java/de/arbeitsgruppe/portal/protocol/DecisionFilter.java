package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.meeting.MeetingType;

/**
 * What the decision register is filtered by; every part optional.
 *
 * @param text words that must begin words of the wording or the item's title (synonyms count too)
 * @param organisationId decisions this organisation agreed to
 */
public record DecisionFilter(String text, Integer year, DecisionResult result, MeetingType meetingType,
        String organisationId) {

    public static final DecisionFilter ALL = new DecisionFilter(null, null, null, null, null);

    /** Nothing typed and nothing chosen: the whole register. */
    public boolean isUnfiltered() {
        return (text == null || text.isBlank()) && year == null && result == null && meetingType == null
                && organisationId == null;
    }
}
