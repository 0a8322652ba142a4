package de.arbeitsgruppe.portal.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the local login against guessing (README, "Login protection").
 *
 * @param accountMaxFailures failed logins of one account within {@code accountWindow} that lock it
 * @param accountWindow how far back failed logins of an account count
 * @param accountLock how long the first lock lasts; each further lock in a row lasts twice as long
 * @param accountMaxLock the longest lock; also how long a lock is remembered for the doubling
 * @param addressMaxFailures failed logins from one client address within {@code addressWindow} after
 *     which that address may not try again for {@code addressLock}; 0 switches this off
 * @param addressWindow how far back failed logins from an address count
 * @param addressLock how long an address waits
 */
@ConfigurationProperties("portal.login-protection")
public record LoginProtectionProperties(
        @DefaultValue("5") int accountMaxFailures,
        @DefaultValue("15m") Duration accountWindow,
        @DefaultValue("15m") Duration accountLock,
        @DefaultValue("24h") Duration accountMaxLock,
        @DefaultValue("20") int addressMaxFailures,
        @DefaultValue("15m") Duration addressWindow,
        @DefaultValue("5m") Duration addressLock) {
}
