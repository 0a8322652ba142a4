package de.arbeitsgruppe.portal.shared;

import java.util.Locale;
import java.util.Set;

/**
 * The logged-in user as the feature modules need to know them.
 *
 * @param username the login name, stable across logins
 * @param organisationId the organisation the user belongs to
 */
public record PortalUser(
        String username,
        String displayName,
        String organisationId,
        String organisationName,
        String workingGroupId,
        Set<Role> roles,
        Locale locale) {

    public PortalUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isInternal() {
        return roles.stream().anyMatch(Role::isInternal);
    }

    public boolean isCoordinatorOrAdmin() {
        return has(Role.ADMIN) || has(Role.COORDINATOR);
    }

    public boolean belongsTo(String organisationId) {
        return this.organisationId.equals(organisationId);
    }

    /** What this user may see: internal staff all, partners partner-visible and public records. */
    public Set<Visibility> visibleLevels() {
        return isInternal() ? Set.of(Visibility.values()) : Set.of(Visibility.PARTNERS, Visibility.PUBLIC);
    }
}
