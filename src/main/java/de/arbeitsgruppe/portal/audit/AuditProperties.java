package de.arbeitsgruppe.portal.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retentionDays how long entries are kept (two years by default); the retention job removes
 *        older ones once a night
 */
@ConfigurationProperties("portal.audit")
@org.springframework.validation.annotation.Validated
public record AuditProperties(
        @DefaultValue("730") @jakarta.validation.constraints.Min(value = 30, message = "keep the audit trail at least 30 days") int retentionDays) {
}
