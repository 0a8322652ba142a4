package de.arbeitsgruppe.portal.account;

import de.arbeitsgruppe.portal.shared.Role;

/**
 * An account got another role: from an admin, or in single sign-on from Keycloak at a login or a
 * token refresh. Open sessions get the new role at their next request.
 */
public record AccountRoleChanged(String username, Role from, Role to) {
}
