package de.arbeitsgruppe.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final Duration MAX_LOCK = Duration.ofHours(24);
    private static final Instant START = Instant.parse("2026-11-24T13:00:00Z");

    private final LoginAttempts attempts = new LoginAttempts("account:ulla");

    @Test
    void locksForFifteenMinutesAtTheFifthFailureWithinFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            assertThat(fail(START.plusSeconds(60L * i))).isNull();
        }
        assertThat(attempts.isLocked(START.plusSeconds(240))).isFalse();

        var until = fail(START.plusSeconds(240));

        assertThat(until).isEqualTo(START.plusSeconds(240).plus(LOCK));
        assertThat(attempts.isLocked(until.minusSeconds(1))).isTrue();
        assertThat(attempts.isLocked(until)).isFalse();
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        for (int i = 0; i < 4; i++) {
            fail(START);
        }

        assertThat(fail(START.plus(WINDOW).plusSeconds(1))).isNull();
        assertThat(attempts.getFailures()).hasSize(1);
    }

    @Test
    void doublesEachFurtherLockInARowUpToTheLongest() {
        var now = START;
        var durations = new java.util.ArrayList<Duration>();
        for (int lock = 0; lock < 9; lock++) {
            Instant until = null;
            for (int i = 0; i < 5; i++) {
                until = fail(now);
            }
            durations.add(Duration.between(now, until));
            now = until;
        }

        assertThat(durations).startsWith(LOCK, LOCK.multipliedBy(2), LOCK.multipliedBy(4), LOCK.multipliedBy(8));
        assertThat(durations.getLast()).isEqualTo(MAX_LOCK);
    }

    @Test
    void startsAgainWithFifteenMinutesWhenTheLastLockIsLongPast() {
        for (int i = 0; i < 5; i++) {
            fail(START);
        }
        var later = START.plus(LOCK).plus(MAX_LOCK).plusSeconds(1);
        Instant until = null;
        for (int i = 0; i < 5; i++) {
            until = fail(later);
        }

        assertThat(until).isEqualTo(later.plus(LOCK));
    }

    private Instant fail(Instant now) {
        return attempts.fail(now, 5, WINDOW, LOCK, MAX_LOCK);
    }
}
