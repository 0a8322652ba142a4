package de.arbeitsgruppe.portal.protocol.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.protocol.ProtocolApproval;
import de.arbeitsgruppe.portal.protocol.ProtocolFixtures;
import de.arbeitsgruppe.portal.protocol.ProtocolManagement;
import de.arbeitsgruppe.portal.protocol.ProtocolText;
import de.arbeitsgruppe.portal.protocol.WordDiff;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.NotFoundView;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
class ProtocolVersionsViewTest extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProtocolManagement management;
    @Autowired
    ProtocolApproval approval;

    @Test
    void listsEveryVersionNewestFirstWithItsPdfAndMarksTheCorrectedWord() {
        var meeting = twoVersions(unique("Fassungen"));

        var view = open(meeting.getId());

        assertThat(heading().getText()).isEqualTo("Fassungen des Protokolls: " + meeting.getTitle());
        var entries = entries(view);
        assertThat(entries).hasSize(2);
        var second = entries.getFirst();
        assertThat(second.title.getText()).startsWith("Fassung 2 · ").endsWith(" · Anna Koordination");
        assertThat(second.reason.getText()).isEqualTo("Grund: Zahl der Kurse berichtigt");
        assertThat(second.pdf.getHref()).isEqualTo("protokolle/" + meeting.getId() + "/fassung-2.pdf");
        assertThat(second.pdf.getText()).isEqualTo("Fassung 2 als PDF herunterladen");
        assertThat(second.pdf.isRouterIgnore()).isTrue();
        assertThat(second.pdf.getElement().hasAttribute("download")).isTrue();
        assertThat(second.changesTitle.getText()).isEqualTo("Änderungen gegenüber Fassung 1");
        assertThat(marks(second.diff, "del")).containsExactly("entfernt: 12", "entfernt: vorläufig");
        assertThat(marks(second.diff, "ins")).containsExactly("eingefügt: 14", "eingefügt: geprüft");
        assertThat(textOf(second.diff)).contains("Das Jobcenter berichtet über entfernt: 12eingefügt: 14 Sprachkurse.");
        var first = entries.get(1);
        assertThat(first.title.getText()).startsWith("Fassung 1 · ");
        assertThat(first.diff).isNull();
        assertThat(first.pdf.getHref()).isEqualTo("protokolle/" + meeting.getId() + "/fassung-1.pdf");
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(view.back.getHref()).isEqualTo("termine/" + meeting.getId() + "/protokoll");
    }

    @Test
    void showsAPartnerTheChangesToThePartnerVersionAlone() {
        var meeting = twoVersions(unique("Partnerfassung"));

        var view = SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> open(meeting.getId()));

        var entries = entries(view);
        assertThat(entries).hasSize(2);
        assertThat(marks(entries.getFirst().diff, "ins")).containsExactly("eingefügt: 14");
        assertThat(marks(entries.getFirst().diff, "del")).containsExactly("entfernt: 12");
        assertThat(textOf(view)).doesNotContain("Personalien", "Vertraulich");
    }

    @Test
    void saysSoWhenNoVersionIsApprovedYet() {
        var meeting = ProtocolFixtures.meetingWithMinutes(context, unique("Entwurf"));

        var view = open(meeting.getId());

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("Noch keine genehmigte Fassung.");
        assertThat(entries(view)).isEmpty();
    }

    @Test
    void shrinksLongUnchangedTextToTheContextOfEachChangeAndTheTitleOfItsItem() {
        var before = "TOP 1 Begrüßung\n\n" + "Einleitung. ".repeat(200) + "\n\nTOP 2 Bericht der Agentur\n\n"
                + "Vorweg. ".repeat(200) + "\n\nAbsatz davor.\n\nEs wurden 12 Plätze vergeben. " + "Ausblick. ".repeat(200);
        var after = before.replace("12 Plätze", "13 Plätze");

        var diff = new VersionDiff(WordDiff.between(before, after), ProtocolText::isItemTitle);

        var text = textOf(diff);
        assertThat(text).contains("unveränderter Text ausgelassen…TOP 2 Bericht der Agentur"
                + "unveränderter Text ausgelassen…Absatz davor.\n\nEs wurden entfernt: 12eingefügt: 13 Plätze vergeben.")
                .doesNotContain("TOP 1", "Vorweg.");
        assertThat(text.length()).isLessThan(before.length() / 4);
    }

    @Test
    void leavesChangesBeyondAFewHundredToThePdf() {
        var before = IntStream.range(0, 400).mapToObj(i -> "alt" + i).collect(Collectors.joining(" bleibt "));
        var after = before.replace("alt", "neu");

        var diff = new VersionDiff(WordDiff.between(before, after), ProtocolText::isItemTitle);

        assertThat(marks(diff, "ins")).hasSize(VersionDiff.MAX_CHANGES / 2);
        assertThat(textOf(diff)).endsWith("Weitere Änderungen sind hier nicht aufgeführt; "
                + "die PDF-Datei der Fassung enthält den ganzen Text.");
    }

    @Test
    void saysSoWhenTwoVersionsReadTheSame() {
        var diff = new VersionDiff(WordDiff.between("Gleicher Text.", "Gleicher Text."), ProtocolText::isItemTitle);

        assertThat(textOf(diff)).isEqualTo("Der Text ist unverändert.");
    }

    @Test
    void saysNotFoundForAnUnknownMeeting() {
        navigate("termine/m-gibt-es-nicht/protokoll/versionen", NotFoundView.class);

        assertThat(heading().getText()).isEqualTo("Nicht gefunden");
    }

    @Test
    @WithMockUser(username = SignedIn.PARTNER, roles = Role.PARTNER_NAME)
    void saysNotFoundToAPartnerWhoGuessesTheIdOfAnInternalMeeting() {
        navigate("termine/m-schnittstelle-kommune-jobcenter/protokoll/versionen", NotFoundView.class);
    }

    /** Version 1 says "12 Sprachkurse", version 2, a correction, "14"; an internal item has notes of its own. */
    private Meeting twoVersions(String title) {
        var meeting = ProtocolFixtures.meetingWithMinutes(context, title);
        var report = meeting.getAgenda().getFirst().getId();
        var personnel = meeting.getAgenda().get(1).getId();
        var notes = management.saveNotes(meeting.getId(), report, null, "Das Jobcenter berichtet über 12 Sprachkurse.",
                "Vertraulich: Zahlen vorläufig.");
        management.saveNotes(meeting.getId(), personnel, null, "Eine Stelle ist neu besetzt.", null);
        ProtocolFixtures.approve(context, meeting.getId(), null, "Anna Koordination");
        var protocol = management.find(meeting.getId()).orElseThrow().protocol();
        approval.startCorrection(meeting.getId(), protocol.getVersion());
        management.saveNotes(meeting.getId(), report, notes.getVersion(), "Das Jobcenter berichtet über 14 Sprachkurse.",
                "Vertraulich: Zahlen geprüft.");
        ProtocolFixtures.approve(context, meeting.getId(), "Zahl der Kurse berichtigt", "Anna Koordination");
        return meeting;
    }

    private ProtocolVersionsView open(String meetingId) {
        return navigate("termine/" + meetingId + "/protokoll/versionen", ProtocolVersionsView.class);
    }

    private static List<VersionEntry> entries(ProtocolVersionsView view) {
        return view.versions.getChildren().map(VersionEntry.class::cast).toList();
    }

    /** The texts of the {@code ins} or {@code del} elements, as a screen reader reads them. */
    private static List<String> marks(VersionDiff diff, String tag) {
        return diff.text.getElement().getChildren()
                .filter(child -> !child.isTextNode() && tag.equals(child.getTag()))
                .map(Element::getTextRecursively).toList();
    }
}
