package de.arbeitsgruppe.portal.account;

import de.arbeitsgruppe.portal.account.internal.Accounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Counts failed local logins per account and per client address in MongoDB, so that all portal
 * nodes share them, and says when a login must be refused without looking at the password. Only
 * names of existing accounts are counted: a name that is no account may be a password typed into
 * the wrong field, and is never stored. Concurrent failures of one account (several nodes, several
 * requests) are merged by optimistic locking on the document's {@code @Version} and a retry, which
 * works on the embedded server and on a replica set alike.
 */
@Component
class LoginProtection {

    static final String ACCOUNT = "account:";
    static final String ADDRESS = "address:";
    private static final int RETRIES = 20;
    private static final Logger LOG = LoggerFactory.getLogger(LoginProtection.class);

    private final MongoTemplate mongo;
    private final Accounts accounts;
    private final LoginProtectionProperties limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginProtection(MongoTemplate mongo, Accounts accounts, LoginProtectionProperties limits,
            ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.accounts = accounts;
        this.limits = limits;
        this.events = events;
        // MongoDB keeps milliseconds: the lock's end in an event is the one stored
        this.clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    /** The login name as accounts store it. */
    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** What the protection says to a login before its password is checked. */
    record Admission(boolean admitted, String username, Instant lockCausedUntil) {
    }

    /**
     * Counts the login of an existing account as a failure before its password is checked, in one
     * optimistic update: so a burst of parallel attempts gets at most as many password checks as the
     * limit allows, not one per request that passed a separate "is it locked?" read. Refused while
     * the account or the client address is locked. A success afterwards forgets the count.
     */
    Admission admit(String username, String address) {
        var now = clock.instant();
        var name = normalise(username);
        if (address != null && locked(ADDRESS + address, now)) {
            return new Admission(false, name, null);
        }
        if (!accounts.existsByUsername(name)) {
            return new Admission(true, name, null);
        }
        for (int attempt = 1; ; attempt++) {
            var attempts = Optional.ofNullable(mongo.findById(ACCOUNT + name, LoginAttempts.class))
                    .orElseGet(() -> new LoginAttempts(ACCOUNT + name));
            if (attempts.isLocked(now)) {
                return new Admission(false, name, null);
            }
            var until = attempts.fail(now, limits.accountMaxFailures(), limits.accountWindow(), limits.accountLock(),
                    limits.accountMaxLock());
            try {
                mongo.save(attempts);
                return new Admission(true, name, until);
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                if (attempt == RETRIES) {
                    throw e;
                }
            }
        }
    }

    /** The admitted login's password was wrong: announce the lock it caused, count the address. */
    void failed(Admission admission, String address) {
        if (admission.lockCausedUntil() != null) {
            LOG.info("Account {} locked until {} after {} failed logins", admission.username(), admission.lockCausedUntil(),
                    limits.accountMaxFailures());
            events.publishEvent(new AccountLocked(admission.username(), admission.lockCausedUntil()));
        }
        if (address != null && limits.addressMaxFailures() > 0) {
            var until = count(ADDRESS + address, limits.addressMaxFailures(), limits.addressWindow(),
                    limits.addressLock(), limits.addressLock());
            if (until != null) {
                LOG.warn("Client address {} may not log in until {} after {} failed logins", address, until,
                        limits.addressMaxFailures());
            }
        }
    }

    /**
     * Forgets counters nobody needs any more, once an hour on one node: a real MongoDB does it through
     * the TTL index on {@code expiresAt}, the embedded server ignores that index, and otherwise every
     * client address that ever failed would stay.
     */
    @org.springframework.scheduling.annotation.Scheduled(cron = "0 17 * * * *")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "login-attempts-cleanup", lockAtMostFor = "PT10M")
    void forgetExpired() {
        forgetExpiredBefore(clock.instant());
    }

    long forgetExpiredBefore(Instant now) {
        return mongo.remove(Query.query(Criteria.where("expiresAt").lt(now)), LoginAttempts.class).getDeletedCount();
    }

    /** A successful login forgets the account's failures and earlier locks. */
    void succeeded(String username) {
        mongo.remove(Query.query(Criteria.where("_id").is(ACCOUNT + normalise(username))), LoginAttempts.class);
    }

    /** Lifts the lock of an account; true if it was locked. */
    boolean unlock(String username) {
        var removed = mongo.findAndRemove(Query.query(Criteria.where("_id").is(ACCOUNT + normalise(username))),
                LoginAttempts.class);
        return removed != null && removed.isLocked(clock.instant());
    }

    /** The accounts among these names that are locked now, with the end of their lock. */
    Map<String, Instant> lockedUntil(Collection<String> usernames) {
        var now = clock.instant();
        var ids = usernames.stream().map(name -> ACCOUNT + name).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids).and("lockedUntil").gt(now)), LoginAttempts.class)
                .stream()
                .collect(Collectors.toMap(attempts -> attempts.getId().substring(ACCOUNT.length()),
                        LoginAttempts::getLockedUntil));
    }

    private boolean locked(String id, Instant now) {
        var attempts = mongo.findById(id, LoginAttempts.class);
        return attempts != null && attempts.isLocked(now);
    }

    private Instant count(String id, int maxFailures, Duration window, Duration lock, Duration maxLock) {
        return retried(id, attempts -> attempts.fail(clock.instant(), maxFailures, window, lock, maxLock));
    }

    /** Reads, changes and saves the document; another node's save in between makes it start again. */
    private Instant retried(String id, Function<LoginAttempts, Instant> change) {
        for (int attempt = 1; ; attempt++) {
            var attempts = Optional.ofNullable(mongo.findById(id, LoginAttempts.class)).orElseGet(() -> new LoginAttempts(id));
            var result = change.apply(attempts);
            try {
                mongo.save(attempts);
                return result;
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                if (attempt == RETRIES) {
                    throw e;
                }
            }
        }
    }
}
