package de.arbeitsgruppe.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.account.OidcAccountMapping.Refusal;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OidcAccountMappingTest {

    private static final Map<String, String> ORGANISATIONS = Map.of(
            "agentur-musterstadt", "org-agentur-musterstadt",
            "jobcenter-musterstadt", "org-jobcenter-musterstadt",
            "caritas-musterstadt", "org-caritas-musterstadt");

    private final OidcAccountMapping mapping = new OidcAccountMapping(alias -> Optional.ofNullable(ORGANISATIONS.get(alias)));

    @Test
    void mapsAMemberOfTheAgencyFromAListOfOrganisationAliases() {
        var decision = mapping.decide(claims("bernd.agentur", List.of("agentur-musterstadt"), List.of("member")));

        assertThat(decision.isGranted()).isTrue();
        assertThat(decision.login()).isEqualTo(new OidcAccountMapping.Login("bernd.agentur", "Bernd Agentur",
                "bernd.agentur@musterstadt.example", "org-agentur-musterstadt", Role.MEMBER));
    }

    @Test
    void readsTheOrganisationClaimAsAMapWhenTheOrganisationHasAttributes() {
        var decision = mapping.decide(claims("dora.caritas",
                Map.of("caritas-musterstadt", Map.of("typ", List.of("wohlfahrtsverband"))), List.of("partner")));

        assertThat(decision.login().organisationId()).isEqualTo("org-caritas-musterstadt");
        assertThat(decision.login().role()).isEqualTo(Role.PARTNER);
    }

    @Test
    void refusesAnOrganisationTheWorkingGroupDoesNotKnow() {
        var decision = mapping.decide(claims("eva.fremd", List.of("landkreis-nachbarstadt"), List.of("member")));

        assertThat(decision.isGranted()).isFalse();
        assertThat(decision.refusal()).isEqualTo(Refusal.UNKNOWN_ORGANISATION);
    }

    @Test
    void refusesALoginWithoutOrganisation() {
        var claims = claims("eva.ohne", List.of(), List.of("member"));
        assertThat(mapping.decide(claims).refusal()).isEqualTo(Refusal.NO_ORGANISATION);
        claims.remove("organization");
        assertThat(mapping.decide(claims).refusal()).isEqualTo(Refusal.NO_ORGANISATION);
    }

    @Test
    void refusesALoginWithoutAnyPortalRole() {
        var claims = claims("bernd.agentur", List.of("agentur-musterstadt"), List.of("offline_access", "uma_authorization"));
        assertThat(mapping.decide(claims).refusal()).isEqualTo(Refusal.NO_ROLE);
        claims.remove("roles");
        assertThat(mapping.decide(claims).refusal()).isEqualTo(Refusal.NO_ROLE);
    }

    @Test
    void givesTheHighestOfSeveralRoles() {
        assertThat(roleOf(List.of("partner", "member"))).isEqualTo(Role.MEMBER);
        assertThat(roleOf(List.of("member", "coordinator", "partner"))).isEqualTo(Role.COORDINATOR);
        assertThat(roleOf(List.of("coordinator", "ADMIN"))).isEqualTo(Role.ADMIN);
    }

    @Test
    void readsKeycloaksRealmAccessRolesWhenThereIsNoFlatRolesClaim() {
        var claims = claims("anna.koordination", List.of("agentur-musterstadt"), List.of());
        claims.remove("roles");
        claims.put("realm_access", Map.of("roles", List.of("default-roles-arbeitsgruppe", "coordinator")));

        assertThat(mapping.decide(claims).login().role()).isEqualTo(Role.COORDINATOR);
    }

    @Test
    void takesTheOneKnownOrganisationWhenTheUserIsAlsoInOthers() {
        var decision = mapping.decide(claims("clara.jobcenter", List.of("sportverein", "jobcenter-musterstadt"), List.of("member")));

        assertThat(decision.login().organisationId()).isEqualTo("org-jobcenter-musterstadt");
    }

    @Test
    void refusesSeveralKnownOrganisationsBecauseNoneIsClearlyTheUsers() {
        var decision = mapping.decide(claims("clara.jobcenter", List.of("agentur-musterstadt", "jobcenter-musterstadt"),
                List.of("member")));

        assertThat(decision.refusal()).isEqualTo(Refusal.SEVERAL_ORGANISATIONS);
    }

    @Test
    void followsRoleAndOrganisationChangesBetweenLogins() {
        var first = mapping.decide(claims("bernd.agentur", List.of("agentur-musterstadt"), List.of("member")));
        var second = mapping.decide(claims("bernd.agentur", List.of("jobcenter-musterstadt"), List.of("coordinator")));

        assertThat(first.login().role()).isEqualTo(Role.MEMBER);
        assertThat(second.login().role()).isEqualTo(Role.COORDINATOR);
        assertThat(second.login().organisationId()).isEqualTo("org-jobcenter-musterstadt");
    }

    @Test
    void namesTheUserFromGivenAndFamilyNameWhenThereIsNoFullName() {
        var claims = claims("bernd.agentur", List.of("agentur-musterstadt"), List.of("member"));
        claims.remove("name");
        assertThat(mapping.decide(claims).login().displayName()).isEqualTo("Bernd Agentur");
        claims.remove("given_name");
        claims.remove("family_name");
        assertThat(mapping.decide(claims).login().displayName()).isEqualTo("bernd.agentur");
    }

    @Test
    void dropsAnEmailAddressThatIsNone() {
        var claims = claims("bernd.agentur", List.of("agentur-musterstadt"), List.of("member"));
        claims.put("email", "kein-postfach");

        assertThat(mapping.decide(claims).login().email()).isNull();
    }

    @Test
    void refusesALoginNameThePortalCannotStore() {
        assertThat(mapping.decide(claims("b@agentur.example", List.of("agentur-musterstadt"), List.of("member"))).refusal())
                .isEqualTo(Refusal.NO_USERNAME);
        var claims = claims("x", List.of("agentur-musterstadt"), List.of("member"));
        claims.remove("preferred_username");
        assertThat(mapping.decide(claims).refusal()).isEqualTo(Refusal.NO_USERNAME);
    }

    @Test
    void namesEachRefusalByACodeForTheNoAccessPage() {
        for (Refusal refusal : Refusal.values()) {
            assertThat(Refusal.ofCode(refusal.code())).contains(refusal);
        }
        assertThat(Refusal.UNKNOWN_ORGANISATION.code()).isEqualTo("unknown-organisation");
        assertThat(Refusal.ofCode("failed")).isEmpty();
    }

    private Role roleOf(List<String> roles) {
        return mapping.decide(claims("anna.koordination", List.of("agentur-musterstadt"), roles)).login().role();
    }

    static Map<String, Object> claims(String username, Object organisations, List<String> roles) {
        var claims = new HashMap<String, Object>();
        claims.put("sub", "id-" + username);
        claims.put("preferred_username", username);
        var parts = username.split("\\.");
        var given = capitalise(parts[0]);
        var family = parts.length > 1 ? capitalise(parts[1]) : "";
        claims.put("name", (given + " " + family).strip());
        claims.put("given_name", given);
        claims.put("family_name", family);
        claims.put("email", username + "@musterstadt.example");
        claims.put("organization", organisations);
        claims.put("roles", roles);
        return claims;
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
