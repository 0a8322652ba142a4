package de.arbeitsgruppe.portal.account;

import de.arbeitsgruppe.portal.shared.Role;
import java.util.List;

/** The demo accounts as the login page lists them in demo mode: name, role and their one password (demo only). */
public final class DemoLogins {

    /** DEMO ONLY: the password of every demo account, shown on the login page of a demo installation. */
    public static final String PASSWORD = "Passwort-123";

    public record DemoLogin(String username, Role role) {
    }

    private DemoLogins() {
    }

    public static List<DemoLogin> all() {
        return DemoAccounts.demoAccounts().stream()
                .map(account -> new DemoLogin(account.getUsername(), account.getRole())).toList();
    }
}
