package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.shared.Formats;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * Decisions as the minutes would have recorded them, for tests of the register outside this package:
 * numbered and described as {@code ProtocolManagement} does, without a meeting behind them.
 */
public final class RegisterDecisions {

    private RegisterDecisions() {
    }

    /** A decision of an item open to partners, of approved minutes of a session on 12 March of the year, item 3. */
    public static Decision approved(String workingGroupId, int year, int sequence, String wording, String itemTitle) {
        return described(workingGroupId, year, sequence, wording, itemTitle, true, ProtocolState.APPROVED);
    }

    /** A decision of an internal item (no partner reads it). */
    public static Decision internal(String workingGroupId, int year, int sequence, String wording, String itemTitle) {
        return described(workingGroupId, year, sequence, wording, itemTitle, false, ProtocolState.APPROVED);
    }

    private static Decision described(String workingGroupId, int year, int sequence, String wording, String itemTitle,
            boolean publicItem, ProtocolState state) {
        var decision = new Decision(wording, DecisionResult.ADOPTED);
        decision.setWorkingGroupId(workingGroupId);
        decision.setProtocolId("m-register-" + year);
        decision.setAgendaItemId("i-" + UUID.randomUUID());
        decision.numbered(year, sequence);
        decision.describe(new Decision.DecisionContext(LocalDateTime.of(year, 3, 12, 10, 0).atZone(Formats.ZONE).toInstant(),
                MeetingType.SESSION, "Sitzung der Arbeitsgruppe", itemTitle, 3, publicItem, true, Set.of(), state));
        return decision;
    }
}
