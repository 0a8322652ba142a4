package de.arbeitsgruppe.portal.audit;

import de.arbeitsgruppe.portal.audit.internal.AuditStore;
import de.arbeitsgruppe.portal.shared.Formats;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes entries older than the retention period, once a night. The lock lets one node do it; a
 * second run (another node after the lock, a restart) finds nothing left to remove, so it is safe.
 */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditStore store;
    private final AuditProperties properties;

    AuditRetention(AuditStore store, AuditProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @Scheduled(cron = "${portal.audit.retention-cron:0 30 3 * * *}", zone = "Europe/Berlin")
    @SchedulerLock(name = "audit-retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void removeExpired() {
        var removed = store.removeDaysBefore(Formats.today().minusDays(properties.retentionDays()));
        if (removed > 0) {
            log.info("Audit trail: removed {} entries older than {} days", removed, properties.retentionDays());
        }
    }
}
