package de.arbeitsgruppe.portal.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the leadership report.
 *
 * @param groupName the working group as the report's head names it
 */
@ConfigurationProperties("portal.report")
public record ReportProperties(
        @DefaultValue("Arbeitsgruppe Arbeitsmarktintegration Geflüchteter Musterstadt") String groupName) {
}
