package de.arbeitsgruppe.portal.protocol.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.ProtocolFixtures;
import de.arbeitsgruppe.portal.protocol.ProtocolManagement;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
class ProtocolViewTest extends ViewTest {

    @Autowired
    MeetingManagement meetings;
    @Autowired
    ProtocolManagement protocols;
    @Autowired
    Protocols stored;

    @Test
    void theOfficeStartsTheMinutesOfAHeldMeetingAndGetsAnEditorPerItem() {
        var meeting = session();
        var view = open(meeting);
        assertThat(view.actions.start.isVisible()).isTrue();
        assertThat(view.sections).isEmpty();

        test(view.actions.start).click();

        assertThat(notifications()).contains("Das Protokoll ist angelegt.");
        assertThat(view.sections).hasSize(3);
        assertThat(view.sections).allSatisfy(section -> assertThat(section.editor).isNotNull());
        assertThat(textOf(view.sections.getFirst())).contains("TOP 1: Fallzahlen Jobcenter", "Interner Punkt");
        assertThat(view.actions.circulate.isVisible()).isTrue();
    }

    @Test
    void notesAreSavedWhileTypingAndTheTimeIsShown() {
        var meeting = session();
        var view = openStarted(meeting);
        var editor = view.sections.get(1).editor;

        test(editor.notes).setValue("Zwei neue Kurse ab **März**.");

        assertThat(editor.status.getText()).startsWith("Gespeichert um ");
        var saved = protocols.find(meeting.getId()).orElseThrow().notes().get(ProtocolFixtures.item(meeting, 1));
        assertThat(saved.getNotes()).isEqualTo("Zwei neue Kurse ab **März**.");
    }

    @Test
    void aSaveOfTheSameItemMeanwhileShowsBothTextsAndKeepsMine() {
        var meeting = session();
        var view = openStarted(meeting);
        var editor = view.sections.getFirst().editor;
        test(editor.notes).setValue("Anfang");
        // someone else, on another laptop, saves the same item from the same version
        var theirs = protocols.find(meeting.getId()).orElseThrow().notes().get(ProtocolFixtures.item(meeting, 0));
        protocols.saveNotes(meeting.getId(), ProtocolFixtures.item(meeting, 0), theirs.getVersion(), "Text von Bernd", null);

        test(editor.notes).setValue("Anfang und mein Satz");

        assertThat(editor.hasConflict()).isTrue();
        assertThat(editor.theirNotes.getValue()).isEqualTo("Text von Bernd");
        assertThat(editor.notes.getValue()).isEqualTo("Anfang und mein Satz");
        assertThat(editor.status.getText()).isEqualTo("Nicht gespeichert: Konflikt");

        test(editor.keepMine).click();

        assertThat(editor.hasConflict()).isFalse();
        assertThat(protocols.find(meeting.getId()).orElseThrow().notes().get(ProtocolFixtures.item(meeting, 0)).getNotes())
                .isEqualTo("Anfang und mein Satz");
    }

    @Test
    void aDecisionWithoutWordingIsRefusedNextToTheFieldAndWithWordingGetsItsNumber() {
        var view = openStarted(session());
        var section = view.sections.get(1);
        test(section.addDecision).click();
        var dialog = $(DecisionDialog.class).single();

        test(dialog.save).click();

        assertThat(dialog.wording.isInvalid()).isTrue();
        assertThat(dialog.wording.getErrorMessage()).isEqualTo("Bitte den Wortlaut des Beschlusses angeben.");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.wording).setValue("Zwei Kurse werden beantragt.");
        test(dialog.votesYes).setValue(7);
        test(dialog.save).click();

        assertThat(notifications()).anySatisfy(text -> assertThat(text).matches("Beschluss B-\\d{4}-\\d{3} ist gespeichert\\."));
        assertThat(textOf(section)).contains("Zwei Kurse werden beantragt.", "Ergebnis: beschlossen", "Ja 7");
    }

    @Test
    void approvedDemoMinutesAreReadOnlyAndOfferACorrection() {
        var view = navigate("termine/m-ag-sitzung-1/protokoll", ProtocolView.class);

        assertThat(view.sections).isNotEmpty().allSatisfy(section -> assertThat(section.editor).isNull());
        assertThat(view.actions.startCorrection.isVisible()).isTrue();
        assertThat(view.actions.approve.isVisible()).isFalse();
        assertThat(textOf(view)).contains("Stand: Genehmigt", "Fassung 1");
    }

    @Test
    void aPartnerReadsThePublicItemsOfApprovedMinutesWithoutInternalNotes() {
        var view = SignedIn.as(SignedIn.PARTNER, Role.PARTNER,
                () -> navigate("termine/m-ag-archiv-2/protokoll", ProtocolView.class));

        assertThat(view.sections).hasSize(1);
        assertThat(textOf(view)).contains("Sprachkursplätze und Wartezeiten")
                .doesNotContain("Personalengpass", "Interne Notizen", "Genehmigung des Protokolls");
        assertThat(view.actions.startCorrection.isVisible()).isFalse();
    }

    @Test
    void aPartnerFindsNoDraftAndNoMinutesOfAMeetingTheyMayNotSee() {
        var view = SignedIn.as(SignedIn.PARTNER, Role.PARTNER,
                () -> navigate("termine/m-schnittstelle-kommune-jobcenter/protokoll", NotFoundView.class));
        assertThat(view).isNotNull();
    }

    @Test
    void aCommentAfterTheDeadlineIsRefusedNextToTheField() {
        var meeting = session();
        protocols.start(meeting.getId());
        ProtocolFixtures.circulating(stored, meeting.getId(), Formats.today());
        var view = SignedIn.as(SignedIn.MEMBER, Role.MEMBER, () -> open(meeting));
        var comments = view.sections.get(1).comments;
        test(comments.text).setValue("Bitte Zahl korrigieren.");
        ProtocolFixtures.circulating(stored, meeting.getId(), Formats.today().minusDays(1));

        SignedIn.as(SignedIn.MEMBER, Role.MEMBER, () -> test(comments.send).click());

        assertThat(comments.text.isInvalid()).isTrue();
        assertThat(comments.text.getErrorMessage()).isEqualTo(
                "Die Frist für Anmerkungen ist am " + Formats.date(Formats.today().minusDays(1)) + " abgelaufen.");
        assertThat(comments.text.getValue()).isEqualTo("Bitte Zahl korrigieren.");
    }

    @Test
    void aPartnerReadsTheItemsUnderTheirNumbersOnTheWholeAgendaAndMembersSeeWhoChairs() {
        var meeting = session();
        protocols.start(meeting.getId());
        var protocol = stored.findById(meeting.getId()).orElseThrow();
        protocols.saveHeader(meeting.getId(), protocol.getVersion(), "Anna Koordination", SignedIn.MEMBER);
        ProtocolFixtures.circulating(stored, meeting.getId(), Formats.today().plusDays(3));

        var partner = SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> open(meeting));
        assertThat(partner.sections).extracting(section -> section.getElement().getChild(0).getText())
                .containsExactly("TOP 2: Sprachkurse im Frühjahr", "TOP 3: Verschiedenes");

        var member = SignedIn.as(SignedIn.MEMBER, Role.MEMBER, () -> open(meeting));
        assertThat(textOf(member.header)).contains("Sitzungsleitung: Anna Koordination", "Protokollführung: Bernd Agentur");
    }

    @Test
    void notesTypedAfterTheMinutesWereSentRoundStayInTheFieldWithAMessage() {
        var meeting = session();
        var view = openStarted(meeting);
        var editor = view.sections.get(1).editor;
        ProtocolFixtures.circulating(stored, meeting.getId(), Formats.today().plusDays(3));

        test(editor.notes).setValue("Noch ein Satz");

        assertThat(editor.notes.isInvalid()).isTrue();
        assertThat(editor.notes.getErrorMessage()).startsWith("Nicht gespeichert: Das Protokoll ist nicht mehr im Entwurf.");
        assertThat(editor.notes.getValue()).isEqualTo("Noch ein Satz");
    }

    @Test
    void notesOfTwoHundredPagesScrollInABoxOfTheirOwnThatTheKeyboardReaches() {
        var meeting = session();
        protocols.start(meeting.getId());
        var page = "Bericht über Sprachkurse, Wartezeiten und Anerkennung. ".repeat(60) + "\n\n";
        protocols.saveNotes(meeting.getId(), ProtocolFixtures.item(meeting, 1), null, page.repeat(170), null);
        ProtocolFixtures.circulating(stored, meeting.getId(), Formats.today().plusDays(3));

        var view = SignedIn.as(SignedIn.MEMBER, Role.MEMBER, () -> open(meeting));

        var box = view.sections.get(1).getElement().getChildren()
                .filter(child -> "protocol-notes-text".equals(child.getAttribute("class"))).findFirst().orElseThrow();
        assertThat(box.getAttribute("tabindex")).isEqualTo("0");
        assertThat(box.getAttribute("aria-label")).isEqualTo("Notizen zu TOP 2");
        assertThat(box.getOuterHTML().length()).isGreaterThan(500_000);
        assertThat(view.sections).hasSize(3);
    }

    @Test
    void theOfficeTakesMinutesSentRoundBackIntoTheDraft() {
        var meeting = session();
        protocols.start(meeting.getId());
        ProtocolFixtures.circulating(stored, meeting.getId(), Formats.today().plusDays(3));
        var view = open(meeting);
        assertThat(view.sections).allSatisfy(section -> assertThat(section.editor).isNull());

        test(view.actions.reopen).click();

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Das Protokoll ist wieder ein Entwurf."));
        assertThat(view.sections).allSatisfy(section -> assertThat(section.editor).isNotNull());
        assertThat(view.actions.reopen.isVisible()).isFalse();
        assertThat(view.actions.circulate.isVisible()).isTrue();
    }

    @Test
    void scriptInNotesIsShownAsTextToReaders() {
        var meeting = session();
        protocols.start(meeting.getId());
        protocols.saveNotes(meeting.getId(), ProtocolFixtures.item(meeting, 1), null,
                "<script>alert(1)</script>\n\n**wichtig**", null);
        ProtocolFixtures.circulating(stored, meeting.getId(), Formats.today().plusDays(3));

        var view = SignedIn.as(SignedIn.MEMBER, Role.MEMBER, () -> open(meeting));

        var html = view.sections.get(1).getElement().getOuterHTML();
        assertThat(html).contains("<strong>wichtig</strong>", "&lt;script&gt;").doesNotContain("<script>");
        assertThat($(Paragraph.class).all()).isNotEmpty();
    }

    private Meeting session() {
        return ProtocolFixtures.heldSession(meetings, unique("Protokollsitzung"), AgendaFixtures.farBehind());
    }

    private ProtocolView open(Meeting meeting) {
        return navigate("termine/" + meeting.getId() + "/protokoll", ProtocolView.class);
    }

    private ProtocolView openStarted(Meeting meeting) {
        protocols.start(meeting.getId());
        return open(meeting);
    }
}
