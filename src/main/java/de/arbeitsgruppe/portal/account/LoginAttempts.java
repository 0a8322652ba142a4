package de.arbeitsgruppe.portal.account;

import de.arbeitsgruppe.portal.shared.mongo.NotAudited;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The recent failed logins of one account or one client address, and its lock. The id is the key
 * ({@code account:<username>}, {@code address:<ip>}), so every lookup hits the unique {@code _id}
 * index, also on the embedded server, and all portal nodes see the same state. Holds times only:
 * never what was typed as password.
 */
@NotAudited("failed-login counters; locks and lifted locks reach the trail as AccountLocked/AccountUnlocked, each failed login as Spring Security's event")
@Document("login_attempts")
class LoginAttempts {

    @Id
    private String id;
    @Version
    private Long version;
    private List<Instant> failures = new ArrayList<>();
    private Instant lockedUntil;
    /** Locks in a row: the next one lasts twice as long. */
    private int locks;
    /** A real MongoDB removes the document after this (TTL index); the embedded server keeps it, harmlessly. */
    @Indexed(expireAfter = "0s")
    private Instant expiresAt;

    LoginAttempts() {
    }

    LoginAttempts(String id) {
        this.id = id;
    }

    String getId() { return id; }
    Instant getLockedUntil() { return lockedUntil; }
    List<Instant> getFailures() { return failures; }
    int getLocks() { return locks; }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts one failure; returns the end of the lock it causes, or null. Failures older than the
     * window no longer count; a lock long past no longer doubles the next one.
     */
    Instant fail(Instant now, int maxFailures, Duration window, Duration lock, Duration maxLock) {
        failures.removeIf(failure -> !failure.isAfter(now.minus(window)));
        failures.add(now);
        if (lockedUntil != null && lockedUntil.plus(maxLock).isBefore(now)) {
            locks = 0;
        }
        Instant locked = null;
        if (failures.size() >= maxFailures) {
            var duration = lock.multipliedBy(1L << Math.min(locks, 20));
            lockedUntil = now.plus(duration.compareTo(maxLock) > 0 ? maxLock : duration);
            locks++;
            failures.clear();
            locked = lockedUntil;
        }
        var lastFailure = now.plus(window);
        var remembered = lockedUntil == null ? lastFailure : lockedUntil.plus(maxLock);
        expiresAt = remembered.isAfter(lastFailure) ? remembered : lastFailure;
        return locked;
    }
}
