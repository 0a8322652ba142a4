package de.arbeitsgruppe.portal.protocol;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the minutes.
 *
 * @param groupName the working group as the head of the minutes names it
 * @param commentDays how long members have for comments by default when the minutes are sent round
 */
@ConfigurationProperties("portal.protocol")
public record ProtocolProperties(
        @DefaultValue("Arbeitsgruppe Arbeitsmarktintegration Geflüchteter Musterstadt") String groupName,
        @DefaultValue("14") int commentDays) {
}
