package de.arbeitsgruppe.portal.meeting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of meetings.
 *
 * @param invitationDeadlineDays the "Ladungsfrist": invitations should go out at least this many
 *     days before the meeting; sending later shows a warning
 */
@ConfigurationProperties("portal.meetings")
public record MeetingProperties(@DefaultValue("7") int invitationDeadlineDays) {
}
