package de.arbeitsgruppe.portal.contact;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.search.SynonymGroup;
import de.arbeitsgruppe.portal.search.SynonymList;
import de.arbeitsgruppe.portal.search.Synonyms;
import de.arbeitsgruppe.portal.search.internal.SynonymLists;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The directory search with the office's synonym list: "Bürgergeld" finds whoever handles SGB II. */
@SpringBootTest
@ActiveProfiles("test")
class SynonymSearchIT {

    private static final String JOBCENTER = "org-jobcenter-musterstadt";

    @Autowired
    ContactDirectory directory;
    @Autowired
    Synonyms synonyms;
    @Autowired
    SynonymLists lists;

    private final String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

    @Test
    void findsTheContactsForSgbIiWhenStaffSearchForBuergergeld() {
        var found = asCoordinator(() -> names("Bürgergeld"));

        // Clara by her topic "Leistungsgewährung SGB II", Aylin by her function "Leistungssachbearbeitung SGB II"
        assertThat(found).contains("Clara Jobcenter", "Aylin Yılmaz").doesNotContain("Julia Weber", "Kemal Özdemir");
        assertThat(asCoordinator(() -> names("buergergeld"))).isEqualTo(found);
        assertThat(asCoordinator(() -> names("Grundsicherung"))).isEqualTo(found);
    }

    @Test
    void matchesMultiWordTermsWordForWordInBothDirections() {
        var name = "Synonymprobe " + suffix;
        asCoordinator(() -> create(name, "Beratung Bürgergeld"));

        assertThat(asCoordinator(() -> names("SGB II " + suffix))).containsExactly(name);
        assertThat(asCoordinator(() -> names("ALG II " + suffix))).containsExactly(name);
        assertThat(asCoordinator(() -> names("Agentur für Arbeit " + suffix))).isEmpty();
    }

    @Test
    void findsTheFederalOfficeByItsAbbreviationAndTheAbbreviationByTheFullName() {
        var full = "Probe Bundesamt " + suffix;
        var shortName = "Probe Abkürzung " + suffix;
        asCoordinator(() -> create(full, "Verbindung zum Bundesamt für Migration und Flüchtlinge"));
        asCoordinator(() -> create(shortName, "Verbindung zum BAMF"));

        assertThat(asCoordinator(() -> names("BAMF " + suffix))).containsExactlyInAnyOrder(full, shortName);
        assertThat(asCoordinator(() -> names("Bundesamt für Migration und Flüchtlinge " + suffix)))
                .containsExactlyInAnyOrder(full, shortName);
    }

    @Test
    void matchesShortAbbreviationsOnlyAsWholeWords() {
        var aachen = "Aachener Probe " + suffix;
        var agentur = "Agenturprobe " + suffix;
        asCoordinator(() -> create(aachen, "Verbindung Aachen"));
        asCoordinator(() -> create(agentur, "Verbindung zur Arbeitsagentur"));

        assertThat(asCoordinator(() -> names("Agentur für Arbeit " + suffix))).containsExactly(agentur);
        assertThat(asCoordinator(() -> directory.firstPage(new ContactQuery("Agentur für Arbeit " + suffix, null, null, null), 10)
                .total())).isEqualTo(1);
    }

    @Test
    void expandsTheLongestTermAndKeepsTheOtherWordsAsTyped() {
        var query = asMember(() -> synonyms.expand("Jobcenter Agentur für Arbeit Müller"));

        assertThat(query.parts()).extracting(part -> part.typed())
                .containsExactly(List.of("jobcenter"), List.of("agentur", "fur", "arbeit"), List.of("muller"));
        assertThat(query.parts().get(0).synonyms()).containsExactly(List.of("jc"));
        assertThat(query.parts().get(1).synonyms()).contains(List.of("aa"), List.of("arbeitsagentur"));
        assertThat(query.parts().get(2).synonyms()).isEmpty();
    }

    @Test
    void searchesWithTheListTheOfficeKeeps() {
        var name = "Listenprobe " + suffix;
        asCoordinator(() -> create(name, "Beratung"));
        var before = asCoordinator(() -> synonyms.current());
        var groups = new ArrayList<>(before.getGroups());
        groups.add(SynonymGroup.of("Zauberwort " + suffix, name));
        try {
            asCoordinator(() -> {
                before.setGroups(groups);
                return synonyms.save(before);
            });

            assertThat(asMember(() -> names("Zauberwort " + suffix))).containsExactly(name);
        } finally {
            asCoordinator(() -> {
                var current = synonyms.current();
                current.setGroups(groups.subList(0, groups.size() - 1));
                return synonyms.save(current);
            });
        }
        assertThat(asMember(() -> names("Zauberwort " + suffix))).isEmpty();
    }

    @Test
    void seedsTheDemoWorkingGroupAndGivesAGroupWithoutAListTheSeed() {
        assertThat(lists.findById("ag-musterstadt")).isPresent();
        assertThat(new SynonymList("ag-neu-" + suffix, SynonymList.SEED).getGroups())
                .contains(SynonymGroup.of("Bürgergeld", "SGB II", "Grundsicherung", "ALG II", "Hartz IV"));
        assertThat(lists.findById("ag-neu-" + suffix)).isEmpty();
    }

    private void create(String name, String function) {
        var contact = new Contact(ContactKind.PERSON, name, JOBCENTER);
        contact.setFunction(function);
        contact.setVisibility(Visibility.INTERNAL);
        directory.create(contact);
    }

    private List<String> names(String text) {
        return directory.search(new ContactQuery(text, null, null, null), 0, 100).stream().map(Contact::getName).toList();
    }

    private static <T> T asCoordinator(java.util.function.Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    private static void asCoordinator(Runnable action) {
        SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    private static <T> T asMember(java.util.function.Supplier<T> action) {
        return SignedIn.as(SignedIn.MEMBER, Role.MEMBER, action);
    }
}
