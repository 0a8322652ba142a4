package de.arbeitsgruppe.portal.account;

import de.arbeitsgruppe.portal.account.internal.Accounts;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The five demo accounts of the README (password {@code Passwort-123}, demo only), seeded once in
 * demo mode. The Keycloak realm carries the same users.
 */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

    static final String DEMO_PASSWORD = DemoLogins.PASSWORD;

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final PortalProperties properties;

    DemoAccounts(Accounts accounts, PasswordEncoder passwordEncoder, PortalProperties properties) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        for (Account account : demoAccounts()) {
            if (!accounts.existsByUsername(account.getUsername())) {
                account.setWorkingGroupId(properties.workingGroupId());
                if (!properties.isOidc()) {
                    // with single sign-on the password lives in Keycloak only
                    account.setPasswordHash(passwordEncoder.encode(DEMO_PASSWORD));
                }
                accounts.save(account);
            }
        }
    }

    static List<Account> demoAccounts() {
        return List.of(
                demo("erik.admin", "Erik Admin", Role.ADMIN, "org-landkreis-musterstadt"),
                demo("anna.koordination", "Anna Koordination", Role.COORDINATOR, "org-landkreis-musterstadt"),
                demo("bernd.agentur", "Bernd Agentur", Role.MEMBER, "org-agentur-musterstadt"),
                demo("clara.jobcenter", "Clara Jobcenter", Role.MEMBER, "org-jobcenter-musterstadt"),
                demo("dora.caritas", "Dora Caritas", Role.PARTNER, "org-caritas-musterstadt"));
    }

    private static Account demo(String username, String name, Role role, String organisationId) {
        var account = new Account(username, name, role, organisationId);
        account.setEmail(username + "@musterstadt.example");
        return account;
    }
}
