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

    @Test
    void makesOneLineOfANameWithACarriageReturnTabOrOtherControlCharacter() {
        assertThat(Texts.singleLine("Caritas\rX-INJECTED:1")).isEqualTo("Caritas X-INJECTED:1");
        assertThat(Texts.singleLine("Jobcenter\r\n\tMusterstadt\u0000\u2028")).isEqualTo("Jobcenter Musterstadt");
        assertThat(Texts.singleLine("Müller – „Beratung“")).isEqualTo("Müller – „Beratung“");
    }

    @Test
    void keepsLineFeedsOfADescriptionAndTurnsEveryOtherLineBreakIntoOne() {
        assertThat(Texts.multiLine("Eins\r\nZwei\rDrei\nVier\u2028Fünf\u0007")).isEqualTo("Eins\nZwei\nDrei\nVier\nFünf");
    }

    @Test
    void leavesOnlyCrLfLineEndsInContentLines() {
        assertThat(Texts.contentLines("ATTENDEE;CN=A\rX-EVIL:1:mailto:a@b.example\r\n folded\tline\r\n"))
                .isEqualTo("ATTENDEE;CN=A X-EVIL:1:mailto:a@b.example\r\n folded\tline\r\n");
    }

    @Test
    void searchesForNoMoreThanEightWordsOfTheFirstTwoHundredCharacters() {
        var pasted = "ab ".repeat(600_000);

        assertThat(Texts.queryTokens(pasted)).containsExactly("ab");
        assertThat(Texts.queryTokens("a b c d e f g h i j k")).containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
        assertThat(Texts.queryTokens("x".repeat(300))).singleElement().asString().hasSize(200);
    }
}
