package de.arbeitsgruppe.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

    @Test
    void keepsModulesFreeOfCyclesAndInternalAccess() {
        modules.verify();
    }

    @Test
    void findsTheFeatureModulesOfTheDesign() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("shared", "account", "organisation", "contact");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
