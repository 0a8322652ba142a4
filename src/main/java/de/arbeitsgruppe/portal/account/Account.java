package de.arbeitsgruppe.portal.account;

import de.arbeitsgruppe.portal.shared.mongo.Derived;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Texts;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person who logs in: one role, one organisation, one working group. */
@Document("accounts")
public class Account {

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    @Indexed(unique = true)
    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}", message = "{validation.username}")
    private String username;
    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String displayName;
    @Email(message = "{validation.email}")
    @Size(max = 200, message = "{validation.size}")
    private String email;
    @NotNull(message = "{validation.required}")
    private Role role;
    @NotBlank(message = "{validation.required}")
    private String organisationId;
    private String passwordHash;
    private boolean active = true;
    private String language = "de";
    /** SHA-256 of the secret in the personal calendar feed's address; the secret itself is not kept. */
    @Indexed(sparse = true)
    private String calendarTokenHash;
    private Instant calendarTokenIssuedAt;
    /**
     * Raised by every change that must reach open sessions at once (role, password, deactivation):
     * a session remembers it at login and compares it on every request.
     */
    @Derived
    private long securityVersion;
    /** Raised when the password is reset: sessions that started with an older one end. */
    @Derived
    private long credentialsVersion;
    /** The single sign-on identity (issuer and {@code sub}) this account belongs to; null until its first SSO login. */
    private String oidcIssuer;
    private String oidcSubject;

    public Account() {
    }

    public Account(String username, String displayName, Role role, String organisationId) {
        setUsername(username);
        this.displayName = displayName;
        this.role = role;
        this.organisationId = organisationId;
    }

    public String getId() { return id; }
    void setId(String id) { this.id = id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
    void setWorkingGroupId(String workingGroupId) { this.workingGroupId = workingGroupId; }
    public String getUsername() { return username; }
    public void setUsername(String username) {
        this.username = username == null ? null : Texts.trimToNull(username.toLowerCase(java.util.Locale.ROOT));
    }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = Texts.trimToNull(displayName); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = Texts.trimToNull(email); }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    String getPasswordHash() { return passwordHash; }
    void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public boolean isActive() { return active; }
    void setActive(boolean active) { this.active = active; }
    public String getLanguage() { return language; }
    void setLanguage(String language) { this.language = language; }
    String getCalendarTokenHash() { return calendarTokenHash; }
    void setCalendarTokenHash(String calendarTokenHash) { this.calendarTokenHash = calendarTokenHash; }
    Instant getCalendarTokenIssuedAt() { return calendarTokenIssuedAt; }
    void setCalendarTokenIssuedAt(Instant issuedAt) { this.calendarTokenIssuedAt = issuedAt; }
    long getSecurityVersion() { return securityVersion; }
    long getCredentialsVersion() { return credentialsVersion; }
    void raiseSecurityVersion() { securityVersion++; }
    void raiseCredentialsVersion() {
        credentialsVersion++;
        securityVersion++;
    }
    String getOidcIssuer() { return oidcIssuer; }
    String getOidcSubject() { return oidcSubject; }
    void linkOidcIdentity(String issuer, String subject) {
        this.oidcIssuer = issuer;
        this.oidcSubject = subject;
    }
}
