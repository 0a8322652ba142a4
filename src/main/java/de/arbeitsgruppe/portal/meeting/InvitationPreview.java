package de.arbeitsgruppe.portal.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What sending the invitation of a meeting would do, for the coordinator to check first.
 *
 * @param recipients who receives a mail, one each
 * @param withoutAddress invitees without an e-mail address, who receive nothing
 * @param deadline the last day of the invitation deadline ("Ladungsfrist"): the start day minus {@code deadlineDays}
 * @param late the meeting starts in fewer than {@code deadlineDays} days
 * @param problemKey translation key of the reason the invitation cannot be sent, or null
 */
public record InvitationPreview(String meetingId, String title, Instant start, boolean partOfSeries,
        Instant invitedAt, List<Invitee> recipients, List<String> withoutAddress, int deadlineDays,
        LocalDate deadline, boolean late, String problemKey) {

    public InvitationPreview {
        recipients = List.copyOf(recipients);
        withoutAddress = List.copyOf(withoutAddress);
    }

    public boolean sendable() {
        return problemKey == null;
    }
}
