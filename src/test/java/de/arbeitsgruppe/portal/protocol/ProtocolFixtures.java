package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import java.time.Instant;

/** Minutes in a given state, stored directly, for tests of the pages and feeds that link to them. */
public final class ProtocolFixtures {

    private ProtocolFixtures() {
    }

    public static Protocol store(Protocols protocols, String meetingId, String workingGroupId, ProtocolState state) {
        return store(protocols, meetingId, workingGroupId, state, null);
    }

    /** @param approvedInMeetingId the meeting under whose item "Genehmigung des Protokolls" they were approved */
    public static Protocol store(Protocols protocols, String meetingId, String workingGroupId, ProtocolState state,
            String approvedInMeetingId) {
        var protocol = new Protocol(meetingId, workingGroupId, Instant.now());
        protocol.setState(state);
        protocol.setApprovedInMeetingId(approvedInMeetingId);
        if (state == ProtocolState.APPROVED || state == ProtocolState.CORRECTING) {
            protocol.setApprovedAt(Instant.now());
            protocol.setCurrentVersion(1);
        }
        return protocols.save(protocol);
    }
}
