package de.arbeitsgruppe.portal.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;

/**
 * One line of the trail. Written once and never changed: the id starts with the time, so ids sort
 * as the entries happened, also across nodes (as far as their clocks agree).
 */
public record AuditEntry(
        @Id String id,
        String workingGroupId,
        Instant at,
        AuditKind kind,
        AuditActor actor,
        String recordType,
        String recordId,
        String recordLabel,
        List<FieldChange> changes,
        String reason,
        String detail) {

    public AuditEntry {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
