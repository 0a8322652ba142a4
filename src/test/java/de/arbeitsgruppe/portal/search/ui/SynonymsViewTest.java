package de.arbeitsgruppe.portal.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.search.Synonyms;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
class SynonymsViewTest extends ViewTest {

    @Autowired
    Synonyms synonyms;

    @Test
    void showsTheSeededGroupsOneLineEach() {
        var view = navigate(SynonymsView.class);

        assertThat(heading().getText()).isEqualTo("Synonyme für die Suche");
        assertThat(view.groups.getValue().lines())
                .contains("Bürgergeld, SGB II, Grundsicherung, ALG II, Hartz IV",
                        "AsylbLG, Asylbewerberleistungen, Asylbewerberleistungsgesetz",
                        "BAMF, Bundesamt für Migration und Flüchtlinge", "Ausländerbehörde, ABH");
    }

    @Test
    void savesANewGroupThatTheSearchThenUses() {
        var view = navigate(SynonymsView.class);
        var before = view.groups.getValue();
        try {
            test(view.groups).setValue(before + "\nMigrationsberatung, MBE");
            test(view.save).click();

            assertThat(notifications()).contains("Gespeichert.");
            assertThat(navigate(SynonymsView.class).groups.getValue()).endsWith("Migrationsberatung, MBE");
            assertThat(synonyms.expand("MBE").parts().getFirst().synonyms()).containsExactly(
                    java.util.List.of("migrationsberatung"));
        } finally {
            var again = navigate(SynonymsView.class);
            test(again.groups).setValue(before);
            test(again.save).click();
        }
    }

    @Test
    void namesTheLineWithASingleTermAndSavesNothing() {
        var view = navigate(SynonymsView.class);
        var stored = synonyms.current().getVersion();

        test(view.groups).setValue("Bürgergeld, SGB II\nJobcenter");
        test(view.save).click();

        assertThat(view.groups.isInvalid()).isTrue();
        assertThat(view.groups.getErrorMessage()).isEqualTo("Zeile 2: Bitte 2 bis 12 Begriffe, durch Kommas getrennt.");
        assertThat(synonyms.current().getVersion()).isEqualTo(stored);
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void isNotOpenToMembers() {
        navigate("synonyme", ForbiddenView.class);
    }
}
