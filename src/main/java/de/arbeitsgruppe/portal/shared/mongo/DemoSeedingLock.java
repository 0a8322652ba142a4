package de.arbeitsgruppe.portal.shared.mongo;

import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One lock across portal nodes around the modules' demo-data runners (orders 10 to 90). Each runner
 * inserts what is missing, which is safe when nodes start one after another; two nodes starting at
 * the same moment on an empty database both found nothing, both inserted, and the second insert of a
 * fixed id stopped that node's start. With the lock the first node seeds and the others wait, then
 * find everything there. A node that dies while seeding holds the lock at most {@link #AT_MOST}
 * (ShedLock's {@code lockUntil}); the next node then seeds what is still missing. A node stopped
 * while it takes the lock gives it back at once, so that its next start does not wait for that end.
 */
@Component
class DemoSeedingLock implements DisposableBean {

    static final String NAME = "demo-data-seeding";
    static final Duration AT_MOST = Duration.ofMinutes(5);
    private static final long POLL_MILLIS = 200;

    private final LockProvider locks;
    private final PortalProperties properties;
    private SimpleLock held;
    private boolean closed;

    DemoSeedingLock(LockProvider locks, PortalProperties properties) {
        this.locks = locks;
        this.properties = properties;
    }

    void acquire() {
        if (!properties.demoData()) {
            return;
        }
        // past twice the longest hold, a lock left by a dead node has long expired
        var giveUp = Instant.now().plus(AT_MOST.multipliedBy(2));
        while (true) {
            if (tryTake()) {
                return;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("Another node has been seeding the demo data for too long");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for another node to seed the demo data", e);
            }
        }
    }

    void release() {
        SimpleLock lock;
        synchronized (this) {
            lock = held;
            held = null;
        }
        if (lock != null) {
            lock.unlock();
        }
    }

    /**
     * Also when a runner failed and the start is given up, or the portal is stopped while seeding: the
     * other nodes (and this one's next start) need not wait for the lock's end.
     */
    @Override
    public void destroy() {
        synchronized (this) {
            closed = true;
        }
        release();
    }

    /**
     * One attempt, under the monitor that {@link #destroy()} takes too: a stop (Ctrl+C, SIGTERM) while
     * the lock is being taken waits for the attempt and then gives back what it took, while the
     * database is still open (this bean goes before the lock provider and the database it uses). The
     * runners may then still start on the closing portal, without the lock, as after any stop that
     * comes just after the lock was taken; what they insert is checked for at the next start.
     */
    private synchronized boolean tryTake() {
        if (closed) {
            throw new IllegalStateException("The portal stopped before it could seed the demo data");
        }
        var lock = locks.lock(new LockConfiguration(Instant.now(), NAME, AT_MOST, Duration.ZERO));
        lock.ifPresent(taken -> held = taken);
        return lock.isPresent();
    }

    @Component
    @Order(0)
    static class SeedingStarts implements ApplicationRunner {

        private final DemoSeedingLock lock;

        SeedingStarts(DemoSeedingLock lock) {
            this.lock = lock;
        }

        @Override
        public void run(ApplicationArguments args) {
            lock.acquire();
        }
    }

    @Component
    @Order(99)
    static class SeedingEnds implements ApplicationRunner {

        private final DemoSeedingLock lock;

        SeedingEnds(DemoSeedingLock lock) {
            this.lock = lock;
        }

        @Override
        public void run(ApplicationArguments args) {
            lock.release();
        }
    }
}
