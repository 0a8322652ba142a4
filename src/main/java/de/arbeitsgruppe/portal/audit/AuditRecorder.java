package de.arbeitsgruppe.portal.audit;

import de.arbeitsgruppe.portal.audit.internal.AuditStore;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.shared.mongo.ChangeReason;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/** Makes entries (id, time, who, why) and hands them to the store. */
@Component
class AuditRecorder {

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditRecorder.class);
    private static long lastMillis;
    private static int sequence;

    private final AuditStore store;
    private final CurrentUser currentUser;
    private final PortalProperties properties;
    private final Clock clock;

    AuditRecorder(AuditStore store, CurrentUser currentUser, PortalProperties properties) {
        this.store = store;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /** A change of a record by whoever is logged in (the portal itself when nobody is). */
    void change(AuditKind kind, String workingGroupId, String type, String id, String label, List<FieldChange> changes) {
        var actor = currentActor();
        append(kind, actor, workingGroupId, type, id, label, changes, null);
    }

    /**
     * A security event; {@code actor} is who it concerns when nobody is logged in (a failed login),
     * {@code workingGroupId} the group of the account it concerns ({@code null}: the logged-in user's,
     * else this installation's own group, e.g. for a name that belongs to no account).
     */
    void security(AuditKind kind, AuditActor actor, String workingGroupId, String type, String id, String label,
            String detail) {
        append(kind, actor, workingGroupId, type, id, label, List.of(), detail);
    }

    AuditActor currentActor() {
        try {
            return currentUser.find().map(AuditActor::of).orElse(AuditActor.SYSTEM);
        } catch (RuntimeException e) {
            // the account cannot be read (database away): the entry is kept, without a name
            return AuditActor.SYSTEM;
        }
    }

    private void append(AuditKind kind, AuditActor actor, String workingGroupId, String type, String id, String label,
            List<FieldChange> changes, String detail) {
        var now = clock.instant();
        var group = workingGroupId != null ? workingGroupId : currentWorkingGroup();
        var entry = new AuditEntry(newId(now), group, now, kind, actor, type, id, label, changes,
                ChangeReason.current().orElse(null), detail);
        try {
            store.append(entry);
        } catch (RuntimeException e) {
            // the change itself is stored already: failing the user's action now would make them repeat
            // it (and meet a false conflict), so the entry goes to the log, which operators collect
            log.error("Audit entry could not be stored: {} {} {}/{} by {} at {}", entry.id(), kind, type, id,
                    actor.username(), now, e);
        }
    }

    private String currentWorkingGroup() {
        try {
            return currentUser.find().map(user -> user.workingGroupId()).orElse(properties.workingGroupId());
        } catch (RuntimeException e) {
            return properties.workingGroupId();
        }
    }

    /**
     * Time, a sequence within the millisecond (so entries of one node sort in the order they were
     * written, a lock before the failed login that caused it), and random bytes against collisions
     * between nodes.
     */
    static synchronized String newId(Instant at) {
        var millis = at.toEpochMilli();
        if (millis == lastMillis) {
            sequence++;
        } else {
            lastMillis = millis;
            sequence = 0;
        }
        var random = new byte[3];
        RANDOM.nextBytes(random);
        return ID_TIME.format(at) + "-" + "%04x".formatted(sequence & 0xffff) + HexFormat.of().formatHex(random);
    }
}
