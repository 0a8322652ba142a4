package de.arbeitsgruppe.portal.protocol;

/**
 * Minutes were approved (version 1) or corrected (a later version) and sent out.
 *
 * @param meetingId the meeting the minutes are of
 */
public record ProtocolApproved(String meetingId, String workingGroupId, int version) {
}
