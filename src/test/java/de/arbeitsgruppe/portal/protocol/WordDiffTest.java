package de.arbeitsgruppe.portal.protocol;

import static de.arbeitsgruppe.portal.protocol.WordDiff.Kind.ADDED;
import static de.arbeitsgruppe.portal.protocol.WordDiff.Kind.REMOVED;
import static de.arbeitsgruppe.portal.protocol.WordDiff.Kind.UNCHANGED;
import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.protocol.WordDiff.Segment;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void showsAChangedWordAsRemovedAndAddedAndKeepsTheRestAsItWas() {
        var segments = WordDiff.between("Die Arbeitsgruppe tagt im März erneut.", "Die Arbeitsgruppe tagt im April erneut.");

        assertThat(segments).containsExactly(new Segment(UNCHANGED, "Die Arbeitsgruppe tagt im "),
                new Segment(REMOVED, "März"), new Segment(ADDED, "April"), new Segment(UNCHANGED, " erneut."));
    }

    @Test
    void leavesAnUnchangedTextInOnePiece() {
        var text = "TOP 1 Begrüßung\n\nFrau Özdemir begrüßt die Anwesenden.\n";

        assertThat(WordDiff.between(text, text)).containsExactly(new Segment(UNCHANGED, text));
    }

    @Test
    void treatsWordsWithUmlautsAndSharpSAsWholeWords() {
        var segments = WordDiff.between("Die Maßnahme für Geflüchtete läuft.", "Die Maßnahmen für Geflüchtete laufen.");

        assertThat(segments).containsExactly(new Segment(UNCHANGED, "Die "), new Segment(REMOVED, "Maßnahme"),
                new Segment(ADDED, "Maßnahmen"), new Segment(UNCHANGED, " für Geflüchtete "),
                new Segment(REMOVED, "läuft"), new Segment(ADDED, "laufen"), new Segment(UNCHANGED, "."));
    }

    @Test
    void marksAnInsertedOrRemovedWordWithoutTouchingItsNeighbours() {
        assertThat(WordDiff.between("Beschluss gefasst.", "Beschluss einstimmig gefasst.")).containsExactly(
                new Segment(UNCHANGED, "Beschluss "), new Segment(ADDED, "einstimmig "), new Segment(UNCHANGED, "gefasst."));
        assertThat(WordDiff.between("Beschluss einstimmig gefasst.", "Beschluss gefasst.")).containsExactly(
                new Segment(UNCHANGED, "Beschluss "), new Segment(REMOVED, "einstimmig "), new Segment(UNCHANGED, "gefasst."));
    }

    @Test
    void takesEmptyAndMissingTextsAsNothing() {
        assertThat(WordDiff.between("", "")).isEmpty();
        assertThat(WordDiff.between(null, null)).isEmpty();
        assertThat(WordDiff.between("", "Neuer Text")).containsExactly(new Segment(ADDED, "Neuer Text"));
        assertThat(WordDiff.between("Alter Text", null)).containsExactly(new Segment(REMOVED, "Alter Text"));
    }

    @Test
    void keepsLineBreaksSoBothVersionsCanBeReadBackFromTheSegments() {
        var original = "TOP 1 Begrüßung\nKeine Anmerkungen.\n\nTOP 2 Bericht\nDas Jobcenter berichtet.\n";
        var revised = "TOP 1 Begrüßung\nKeine Anmerkungen.\n\nTOP 2 Bericht\nDie Agentur berichtet ausführlich.\nEnde.";

        var segments = WordDiff.between(original, revised);

        assertThat(WordDiff.original(segments)).isEqualTo(original);
        assertThat(WordDiff.revised(segments)).isEqualTo(revised);
        assertThat(segments.getFirst()).isEqualTo(new Segment(UNCHANGED, "TOP 1 Begrüßung\nKeine Anmerkungen.\n\nTOP 2 Bericht\n"));
        assertThat(segments).filteredOn(Segment::changed).extracting(Segment::text)
                .containsExactly("Das Jobcenter", "Die Agentur", " ausführlich", "Ende.");
    }

    @Test
    void findsOneCorrectedWordInTwoHundredPagesQuickly() {
        // about 200 pages of 300 words each, one word corrected on page 150
        var pages = IntStream.rangeClosed(1, 200).mapToObj(page -> "Seite " + page + ": "
                + "Die Teilnehmenden besprechen die Lage am Arbeitsmarkt und die Förderung. ".repeat(25)).toList();
        var original = String.join("\n", pages);
        var revised = original.replace("Seite 150: Die Teilnehmenden", "Seite 150: Alle Teilnehmenden");

        var started = System.nanoTime();
        var segments = WordDiff.between(original, revised);
        var millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(segments).filteredOn(Segment::changed)
                .containsExactly(new Segment(REMOVED, "Die"), new Segment(ADDED, "Alle"));
        assertThat(millis).isLessThan(2_000);
        assertThat(WordDiff.revised(segments)).isEqualTo(revised);
    }
}
