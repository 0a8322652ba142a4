package de.arbeitsgruppe.portal.account;

import de.arbeitsgruppe.portal.account.internal.Accounts;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The secret in the address of a user's personal calendar feed, which calendar programs fetch
 * without a login. 256 random bits, URL-safe; only its SHA-256 is stored, so the address is shown
 * once, and a new one replaces the old. Anyone who has the address sees what its owner may see,
 * so the owner can revoke it at any time; a deactivated account's address stops working.
 */
@Service
public class CalendarTokens {

    /** Where calendar programs fetch the personal feed: this path, the secret, ".ics". */
    public static final String FEED_PATH = "/ical/abo/";
    /** 32 random bytes in URL-safe Base64 without padding. */
    static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int BYTES = 32;

    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    CalendarTokens(Accounts accounts, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** A new secret for the current user, returned this once; an earlier one stops working. */
    @PreAuthorize("isAuthenticated()")
    public String issue() {
        var bytes = new byte[BYTES];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var account = ownAccount();
        account.setCalendarTokenHash(hash(token));
        account.setCalendarTokenIssuedAt(Instant.now());
        save(account);
        events.publishEvent(new CalendarFeedIssued(account.getUsername()));
        return token;
    }

    /** The path of the personal feed with this secret, below the portal's address. */
    public static String feedPath(String token) {
        return FEED_PATH + token + ".ics";
    }

    /** The current user's address stops working. */
    @PreAuthorize("isAuthenticated()")
    public void revoke() {
        var account = ownAccount();
        if (account.getCalendarTokenHash() != null) {
            account.setCalendarTokenHash(null);
            account.setCalendarTokenIssuedAt(null);
            save(account);
            events.publishEvent(new CalendarFeedRevoked(account.getUsername()));
        }
    }

    /** When the current user's address was made, or empty when they have none. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Instant> issuedAt() {
        return Optional.ofNullable(ownAccount().getCalendarTokenIssuedAt());
    }

    /**
     * The active account whose address holds this secret. Asked before anyone is logged in, by the
     * feed's authentication only, so not public; anything malformed is not looked up at all.
     */
    Optional<Account> owner(String token) {
        if (token == null || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        return accounts.findByCalendarTokenHash(hash(token)).filter(Account::isActive);
    }

    private Account ownAccount() {
        return accounts.findByUsername(currentUser.require().username())
                .orElseThrow(() -> new AccessDeniedException("no account"));
    }

    private void save(Account account) {
        VersionedSave.of(account, () -> accounts.save(account));
    }

    /** A plain hash suffices: the secret has 256 random bits, so there is nothing to guess or look up. */
    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
