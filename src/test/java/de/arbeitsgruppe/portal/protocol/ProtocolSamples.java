package de.arbeitsgruppe.portal.protocol;

import java.time.Instant;
import java.util.List;

/** New documents of the minutes module for tests outside its package, e.g. the audit coverage. */
public final class ProtocolSamples {

    private ProtocolSamples() {
    }

    public static Protocol protocol(String suffix) {
        return new Protocol("audit-probe-" + suffix, "ag-musterstadt", Instant.now());
    }

    public static ItemNotes notes(String suffix) {
        var notes = new ItemNotes("ag-musterstadt", "audit-probe-" + suffix, "item-" + suffix);
        notes.setNotes("Probe");
        return notes;
    }

    public static Decision decision() {
        var decision = new Decision("Probe", DecisionResult.ADOPTED);
        decision.numbered(2027, 999);
        return decision;
    }

    public static ProtocolComment comment(String suffix) {
        return new ProtocolComment("audit-probe-" + suffix, "item-" + suffix, "Probe");
    }

    public static ProtocolVersion version(String suffix) {
        var content = new ProtocolContent(new ProtocolContent.Header("Probe", "Probe", "meeting.type.session",
                Instant.now(), Instant.now(), null, null, null), ProtocolContent.People.none(), List.of(), 1,
                Instant.now(), null, null, false);
        return new ProtocolVersion(protocol(suffix), 1, null, Instant.now(), "Probe", content);
    }
}
