package de.arbeitsgruppe.portal.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retentionDays how long entries are kept (two years by default); the retention job removes
 *        older ones once a night
 */
@ConfigurationProperties("portal.audit")
public record AuditProperties(@DefaultValue("730") int retentionDays) {
}
