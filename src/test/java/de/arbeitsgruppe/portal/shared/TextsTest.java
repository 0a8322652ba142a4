package de.arbeitsgruppe.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void foldsUmlautsTheirTranscriptionAndTheBareVowelToTheSameWord() {
        assertThat(Texts.fold("Müller")).isEqualTo("muller");
        assertThat(Texts.fold("MUELLER")).isEqualTo("muller");
        assertThat(Texts.fold("Muller")).isEqualTo("muller");
        assertThat(Texts.fold("Özdemir")).isEqualTo(Texts.fold("Oezdemir")).isEqualTo("ozdemir");
        assertThat(Texts.fold("Bärbel")).isEqualTo(Texts.fold("Baerbel"));
    }

    @Test
    void foldsSharpSAndAccentsOfOtherLanguages() {
        assertThat(Texts.fold("Straße")).isEqualTo("strasse");
        assertThat(Texts.fold("José Núñez")).isEqualTo("jose nunez");
        assertThat(Texts.fold("Çelik Şahin")).isEqualTo("celik sahin");
        assertThat(Texts.fold("Dvořák")).isEqualTo("dvorak");
    }

    @Test
    void foldsLettersThatUnicodeDoesNotSplitIntoLetterAndMark() {
        assertThat(Texts.fold("Yılmaz")).isEqualTo("yilmaz");
        assertThat(Texts.fold("İSTANBUL")).isEqualTo("istanbul");
        assertThat(Texts.fold("Łukasz Wałęsa")).isEqualTo("lukasz walesa");
        assertThat(Texts.fold("Søren")).isEqualTo("soren");
        assertThat(Texts.fold("Đorđević")).isEqualTo("dordevic");
    }

    @Test
    void foldsWhatAUserTypesLikeTheWordItIsAPrefixOf() {
        assertThat(Texts.fold("Michael")).startsWith(Texts.fold("Micha")).startsWith(Texts.fold("Michae"));
        assertThat(Texts.fold("Mueller")).startsWith(Texts.fold("Mue"));
    }

    @Test
    void splitsTextsIntoDistinctFoldedWordsInOrder() {
        assertThat(Texts.searchTokens("Sabine Müller", null, "Fachdienst Soziales; MUELLER", "Jobcenter-Musterstadt"))
                .containsExactly("sabine", "muller", "fachdienst", "soziales", "jobcenter", "musterstadt");
        assertThat(Texts.searchTokens("SGB II, § 16a")).containsExactly("sgb", "ii", "16a");
        assertThat(Texts.searchTokens()).isEmpty();
    }

    @Test
    void dropsMarkupAndRegexCharactersFromWhatAUserTypes() {
        assertThat(Texts.queryTokens("<script>alert(1)</script>")).containsExactly("script", "alert", "1");
        assertThat(Texts.queryTokens(".*(^$)+[]")).isEmpty();
        assertThat(Texts.queryTokens("   ")).isEmpty();
        assertThat(Texts.queryTokens(null)).isEmpty();
    }

    @Test
    void trimsBlankTextToNull() {
        assertThat(Texts.trimToNull("  Musterstadt ")).isEqualTo("Musterstadt");
        assertThat(Texts.trimToNull(" \t ")).isNull();
        assertThat(Texts.trimToNull(null)).isNull();
    }
}
