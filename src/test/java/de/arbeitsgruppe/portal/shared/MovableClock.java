package de.arbeitsgruppe.portal.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The portal's time as a test input: set it, and every bean that reads the {@link Clock} (due dates,
 * reminders, summaries, recurring tasks) lives at that moment. Import {@link Config} into a test
 * context to put it in place of {@link PortalClock}'s clock.
 */
public final class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public MovableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** The moment as a wall-clock time in Europe/Berlin. */
    public void set(LocalDateTime berlin) {
        now = berlin.atZone(Formats.ZONE).toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : Clock.fixed(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now(), Formats.ZONE);
        }
    }
}
