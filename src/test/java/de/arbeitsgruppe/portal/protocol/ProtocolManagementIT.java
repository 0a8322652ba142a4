package de.arbeitsgruppe.portal.protocol;

import static de.arbeitsgruppe.portal.protocol.ProtocolFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Writing minutes: who may write, items saved on their own, decisions numbered, comments until the deadline. */
@SpringBootTest
@ActiveProfiles("test")
class ProtocolManagementIT {

    @Autowired
    ProtocolManagement protocols;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    Protocols stored;

    Meeting meeting;

    @BeforeEach
    void holdASession() {
        meeting = ProtocolFixtures.heldSession(meetings, "Sitzung mit Protokoll", AgendaFixtures.farBehind());
        asCoordinator(() -> protocols.start(meeting.getId()));
    }

    @Test
    void twoWritersOnTwoItemsSaveWithoutConflict() {
        var first = asCoordinator(() -> protocols.saveNotes(meeting.getId(), item(meeting, 0), null, "Zahlen steigen", null));
        var second = asCoordinator(() -> protocols.saveNotes(meeting.getId(), item(meeting, 1), null, "Zwei neue Kurse", null));

        var sheet = asCoordinator(() -> protocols.find(meeting.getId())).orElseThrow();
        assertThat(sheet.notes().get(item(meeting, 0)).getNotes()).isEqualTo("Zahlen steigen");
        assertThat(sheet.notes().get(item(meeting, 1)).getNotes()).isEqualTo("Zwei neue Kurse");
        assertThat(first.getVersion()).isNotNull();
        assertThat(second.getSavedBy()).isEqualTo("Anna Koordination");
    }

    @Test
    void theSameItemSavedFromAnOlderVersionIsAConflictThatHandsOverTheOtherText() {
        var start = asCoordinator(() -> protocols.saveNotes(meeting.getId(), item(meeting, 0), null, "Anfang", null));
        asCoordinator(() -> protocols.saveNotes(meeting.getId(), item(meeting, 0), start.getVersion(), "Text von Anna", null));

        assertThatThrownBy(() -> asCoordinator(() -> protocols.saveNotes(meeting.getId(), item(meeting, 0),
                start.getVersion(), "Text von Bernd", null)))
                .isInstanceOfSatisfying(NotesConflict.class,
                        conflict -> assertThat(conflict.theirs().getNotes()).isEqualTo("Text von Anna"));
        var kept = asCoordinator(() -> protocols.find(meeting.getId())).orElseThrow().notes().get(item(meeting, 0));
        assertThat(kept.getNotes()).isEqualTo("Text von Anna");
    }

    @Test
    void twoFirstSavesOfTheSameItemConflictInsteadOfOverwriting() {
        asCoordinator(() -> protocols.saveNotes(meeting.getId(), item(meeting, 2), null, "Erster", null));

        assertThatThrownBy(() -> asCoordinator(() -> protocols.saveNotes(meeting.getId(), item(meeting, 2), null,
                "Zweiter", null))).isInstanceOf(NotesConflict.class);
    }

    @Test
    void decisionsAreNumberedPerYearOfTheMeetingAndNeedAWording() {
        var first = asCoordinator(() -> protocols.saveDecision(meeting.getId(), item(meeting, 1),
                new Decision("Zwei Kurse werden beantragt.", DecisionResult.ADOPTED)));
        var second = asCoordinator(() -> protocols.saveDecision(meeting.getId(), item(meeting, 1),
                new Decision("Ein dritter Kurs wird vertagt.", DecisionResult.POSTPONED)));

        var year = meeting.getStart().atZone(Formats.ZONE).getYear();
        assertThat(first.getNumber()).startsWith("B-" + year + "-");
        assertThat(second.getSequence()).isEqualTo(first.getSequence() + 1);
        assertThat(second.getNumber()).isEqualTo("B-%d-%03d".formatted(year, second.getSequence()));
        assertThatThrownBy(() -> asCoordinator(() -> protocols.saveDecision(meeting.getId(), item(meeting, 1),
                new Decision("  ", DecisionResult.ADOPTED)))).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void aMemberWritesOnlyWhenNamedMinuteTaker() {
        assertThatThrownBy(() -> asMember(() -> protocols.saveNotes(meeting.getId(), item(meeting, 0), null, "x", null)))
                .isInstanceOf(AccessDeniedException.class);
        var protocol = stored.findById(meeting.getId()).orElseThrow();
        asCoordinator(() -> protocols.saveHeader(meeting.getId(), protocol.getVersion(), "Anna Koordination",
                SignedIn.MEMBER));

        var saved = asMember(() -> protocols.saveNotes(meeting.getId(), item(meeting, 0), null, "Bernd schreibt", null));

        assertThat(saved.getNotes()).isEqualTo("Bernd schreibt");
        assertThat(asMember(() -> protocols.find(meeting.getId())).orElseThrow().may().edit()).isTrue();
    }

    @Test
    void aPartnerSeesNoDraftAndCannotWrite() {
        var sheet = asPartner(() -> protocols.find(meeting.getId())).orElseThrow();

        assertThat(sheet.exists()).isFalse();
        assertThatThrownBy(() -> asPartner(() -> protocols.saveNotes(meeting.getId(), item(meeting, 1), null, "x", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asPartner(() -> protocols.start(meeting.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anInvitedPartnerCommentsOnAPublicItemAndReadsOnlyItsOwnOrganisationsComments() {
        ProtocolFixtures.circulating(stored, meeting.getId(), de.arbeitsgruppe.portal.shared.Formats.today().plusDays(3));
        asMember(() -> protocols.comment(meeting.getId(), item(meeting, 1), "Anmerkung der Agentur"));

        asPartner(() -> protocols.comment(meeting.getId(), item(meeting, 1), "Anmerkung der Caritas"));

        var sheet = asPartner(() -> protocols.find(meeting.getId())).orElseThrow();
        assertThat(sheet.may().comment()).isTrue();
        assertThat(sheet.commentsOn(meeting.getAgenda().get(1))).extracting(ProtocolComment::getText)
                .containsExactly("Anmerkung der Caritas");
        assertThat(sheet.items()).extracting(de.arbeitsgruppe.portal.meeting.AgendaItem::getTitle)
                .doesNotContain("Fallzahlen Jobcenter");
        assertThatThrownBy(() -> asPartner(() -> protocols.comment(meeting.getId(), item(meeting, 0), "intern?")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void markupInNotesIsStoredAsTypedAndRenderedHarmless() {
        var typed = "<script>alert(1)</script>\n\n**fett** [klick](javascript:alert(2))\n\n<img src=x onerror=alert(3)>";
        var saved = asCoordinator(() -> protocols.saveNotes(meeting.getId(), item(meeting, 1), null, typed, null));

        var html = de.arbeitsgruppe.portal.shared.text.Markdown.toSafeHtml(saved.getNotes());
        assertThat(saved.getNotes()).isEqualTo(typed);
        assertThat(html).contains("<strong>fett</strong>", "&lt;script&gt;")
                .doesNotContain("<script", "href=\"javascript", "<img", "onerror=");
    }

    @Test
    void notesOfTwoHundredPagesAreSavedAndMoreAreRefused() {
        var page = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(50);
        var long200 = page.repeat(220).substring(0, ItemNotes.MAX_LENGTH - 1) + ".";

        var saved = asCoordinator(() -> protocols.saveNotes(meeting.getId(), item(meeting, 0), null, long200, null));

        assertThat(saved.getNotes().length()).isEqualTo(ItemNotes.MAX_LENGTH);
        assertThatThrownBy(() -> asCoordinator(() -> protocols.saveNotes(meeting.getId(), item(meeting, 0),
                saved.getVersion(), long200 + "zu viel", null))).isInstanceOf(ConstraintViolationException.class);
    }

    private <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    private <T> T asMember(Supplier<T> action) {
        return SignedIn.as(SignedIn.MEMBER, Role.MEMBER, action);
    }

    private <T> T asPartner(Supplier<T> action) {
        return SignedIn.as(SignedIn.PARTNER, Role.PARTNER, action);
    }
}
