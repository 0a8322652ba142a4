package de.arbeitsgruppe.portal.organisation.internal;

import de.arbeitsgruppe.portal.organisation.Address;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationKind;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo organisations of "Musterstadt", seeded once in demo mode. Fixed ids and aliases: demo
 * accounts, contacts and the Keycloak realm refer to them. Existing records are left alone.
 */
@Component
@Order(10)
class DemoOrganisations implements ApplicationRunner {

    private final Organisations organisations;
    private final PortalProperties properties;

    DemoOrganisations(Organisations organisations, PortalProperties properties) {
        this.organisations = organisations;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        for (Organisation organisation : demoOrganisations()) {
            if (!organisations.existsById(organisation.getId())) {
                organisation.placeIn(properties.workingGroupId());
                organisations.save(organisation);
            }
        }
    }

    private static List<Organisation> demoOrganisations() {
        return List.of(
                demo("org-landkreis-musterstadt", "landkreis-musterstadt", "Landkreis Musterstadt", "LK Musterstadt",
                        OrganisationKind.KOMMUNE, Membership.MEMBER, "Am Markt 1", "info@landkreis-musterstadt.example",
                        "Leistungen nach dem AsylbLG", "Ausländerbehörde", "Integrationskoordination"),
                demo("org-agentur-musterstadt", "agentur-musterstadt", "Agentur für Arbeit Musterstadt", "AA Musterstadt",
                        OrganisationKind.AGENTUR_FUER_ARBEIT, Membership.MEMBER, "Bahnhofstraße 10",
                        "musterstadt@arbeitsagentur.example", "Frühzeitige Beratung", "Kompetenzfeststellung",
                        "Berufsorientierung"),
                demo("org-jobcenter-musterstadt", "jobcenter-musterstadt", "Jobcenter Musterstadt", "JC Musterstadt",
                        OrganisationKind.JOBCENTER_GE, Membership.MEMBER, "Bahnhofstraße 12",
                        "jobcenter-musterstadt@jobcenter.example", "Leistungen nach dem SGB II",
                        "Arbeitsmarktintegration"),
                demo("org-caritas-musterstadt", "caritas-musterstadt", "Caritasverband Musterstadt", "Caritas",
                        OrganisationKind.WOHLFAHRTSVERBAND, Membership.PARTNER, "Kirchplatz 3",
                        "info@caritas-musterstadt.example", "Migrationsberatung", "Ehrenamtskoordination"),
                demo("org-diakonie-musterstadt", "diakonie-musterstadt", "Diakonisches Werk Musterstadt", "Diakonie",
                        OrganisationKind.WOHLFAHRTSVERBAND, Membership.PARTNER, "Lutherweg 5",
                        "info@diakonie-musterstadt.example", "Flüchtlingssozialarbeit"),
                demo("org-sprachschule-musterstadt", "sprachschule-musterstadt", "Sprachschule Musterstadt gGmbH",
                        "Sprachschule", OrganisationKind.BILDUNGSTRAEGER, Membership.PARTNER, "Schulstraße 7",
                        "kurse@sprachschule-musterstadt.example", "Integrationskurse", "Berufssprachkurse"),
                demo("org-willkommen-musterstadt", "willkommen-musterstadt", "Willkommensinitiative Musterstadt",
                        "Willkommen e. V.", OrganisationKind.EHRENAMT, Membership.PARTNER, "Lindenallee 2",
                        "kontakt@willkommen-musterstadt.example", "Patenschaften", "Begleitung zu Behörden"),
                // a provider of the demo offers (module offer)
                demo("org-vhs-musterstadt", "vhs-musterstadt", "Volkshochschule Musterstadt", "VHS",
                        OrganisationKind.BILDUNGSTRAEGER, Membership.PARTNER, "Schillerstraße 20",
                        "deutsch@vhs-musterstadt.example", "Integrationskurse", "Alphabetisierung",
                        "Sprachkurse des Landes"));
    }

    private static Organisation demo(String id, String alias, String name, String shortName, OrganisationKind kind,
            Membership membership, String street, String email, String... areasOfWork) {
        var organisation = new Organisation(name, shortName, kind, membership);
        organisation.setId(id);
        organisation.setAlias(alias);
        organisation.setAddress(new Address(street, "12345", "Musterstadt"));
        organisation.setPhone("+49 1234 5678-0");
        organisation.setEmail(email);
        organisation.setAreasOfWork(List.of(areasOfWork));
        return organisation;
    }
}
