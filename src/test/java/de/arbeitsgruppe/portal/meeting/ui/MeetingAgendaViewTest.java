package de.arbeitsgruppe.portal.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dnd.DragEndEvent;
import com.vaadin.flow.component.dnd.DragStartEvent;
import com.vaadin.flow.component.dnd.DropEvent;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.meeting.AgendaBacklog;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.BacklogItem;
import de.arbeitsgruppe.portal.meeting.EditScope;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import de.arbeitsgruppe.portal.shared.ui.NotFoundView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
class MeetingAgendaViewTest extends ViewTest {

    @Autowired
    MeetingManagement meetings;
    @Autowired
    AgendaBacklog backlog;

    @Test
    void showsTheItemsNumberedWithTheirTimePresenterAndVisibility() {
        var internal = new AgendaItem("Zuweisungszahlen", 15);
        internal.setPresenter("Bernd Agentur");
        var meeting = meeting(120, new AgendaItem("Begrüßung", 5).markedPublic(), internal);

        var view = open(meeting);

        assertThat(heading().getText()).isEqualTo("Tagesordnung: " + meeting.getTitle());
        assertThat(rowTexts(view)).containsExactly("TOP 1Begrüßung5 Minuten · öffentlich",
                "TOP 2Zuweisungszahlen15 Minuten · Vortrag: Bernd Agentur · intern");
        assertThat(view.editor.rows().get(1).up.getAriaLabel()).contains("TOP 2 „Zuweisungszahlen“ nach oben verschieben");
        assertThat(view.editor.total.getText()).isEqualTo("Geplant: 20 Minuten. Der Termin dauert 120 Minuten.");
    }

    @Test
    void movesAnItemWithTheKeyboardButtonsAndSavesTheNewOrder() {
        var meeting = meeting(120, new AgendaItem("A", 10), new AgendaItem("B", 10), new AgendaItem("C", 10));
        var view = open(meeting);
        var first = view.editor.rows().getFirst();

        test(first.down).click();
        test(first.down).click();

        assertThat(titles(view)).containsExactly("B", "C", "A");
        assertThat(first.number.getText()).isEqualTo("TOP 3");
        assertThat(first.down.isEnabled()).isFalse();
        assertThat(first.up.getAriaLabel()).contains("TOP 3 „A“ nach oben verschieben");
        assertThat(textOf(view.editor.announcement)).isEqualTo("„A“ ist jetzt TOP 3.");

        test(view.save).click();

        assertThat(notifications()).contains("Tagesordnung gespeichert.");
        assertThat(storedTitles(meeting)).containsExactly("B", "C", "A");
    }

    @Test
    void dropsADraggedItemInThePlaceOfTheItemItIsDroppedOn() {
        var meeting = meeting(120, new AgendaItem("A", 10), new AgendaItem("B", 10), new AgendaItem("C", 10));
        var view = open(meeting);
        var rows = view.editor.rows();

        ComponentUtil.fireEvent(rows.get(2), new DragStartEvent<>(rows.get(2), true));
        ComponentUtil.fireEvent(rows.get(0), new DropEvent<>(rows.get(0), true, "move"));
        ComponentUtil.fireEvent(rows.get(2), new DragEndEvent<>(rows.get(2), true, "move"));

        assertThat(titles(view)).containsExactly("C", "A", "B");
        assertThat(rows.get(2).number.getText()).isEqualTo("TOP 1");

        test(view.save).click();

        assertThat(storedTitles(meeting)).containsExactly("C", "A", "B");
    }

    @Test
    void warnsAsLongAsTheAgendaNeedsMoreTimeThanTheMeetingHas() {
        var meeting = meeting(120, new AgendaItem("Bericht", 60), new AgendaItem("Aussprache", 30));
        var view = open(meeting);
        assertThat(view.editor.overrun.getText()).isEmpty();

        test(view.editor.add).click();
        var dialog = find(AgendaItemDialog.class).single();
        test(dialog.title).setValue("Vortrag der Kammer");
        test(dialog.minutes).setValue(60);
        test(dialog.save).click();

        assertThat(view.editor.overrun.getText())
                .isEqualTo("Die Tagesordnung braucht 150 Minuten, der Termin dauert 120 Minuten.");
        assertThat(view.editor.overrun.getElement().getAttribute("role")).isEqualTo("status");

        test(view.editor.rows().getFirst().remove).click();
        find(Confirmation.class).single().confirm();

        assertThat(titles(view)).containsExactly("Aussprache", "Vortrag der Kammer");
        assertThat(view.editor.overrun.getText()).isEmpty();
    }

    @Test
    void addsANewItemOfAPartnerEventAsInternalUnlessTheOfficeTicksPublic() {
        // partners, not public: a public event would appear on the shared public events page of other tests
        var meeting = AgendaFixtures.meeting(unique("Agenda-Test"), AgendaFixtures.farAhead(), 120);
        meeting.setVisibility(Visibility.PARTNERS);
        var view = open(meetings.create(meeting, null));

        test(view.editor.add).click();
        var dialog = find(AgendaItemDialog.class).single();
        assertThat(dialog.publicItem.getValue()).isFalse();
        test(dialog.title).setValue("Vorbesprechung");
        test(dialog.minutes).setValue(10);
        test(dialog.save).click();
        test(view.editor.add).click();
        var second = find(AgendaItemDialog.class).single();
        test(second.title).setValue("Begrüßung");
        test(second.minutes).setValue(5);
        test(second.publicItem).click();
        test(second.save).click();

        assertThat(rowTexts(view)).containsExactly("TOP 1Vorbesprechung10 Minuten · intern",
                "TOP 2Begrüßung5 Minuten · öffentlich");
    }

    @Test
    void keepsAnOverlongDescriptionInItsFieldWithAMessageAndAddsNothing() {
        var meeting = meeting(120, new AgendaItem("A", 10));
        var view = open(meeting);
        var pasted = "Sehr lange Beschreibung. ".repeat(200);

        test(view.editor.add).click();
        var dialog = find(AgendaItemDialog.class).single();
        test(dialog.title).setValue("Neuer Punkt");
        test(dialog.minutes).setValue(10);
        test(dialog.description).setValue(pasted);
        test(dialog.save).click();

        assertThat(dialog.description.isInvalid()).isTrue();
        assertThat(dialog.description.getErrorMessage()).startsWith("Höchstens 4.000 Zeichen.");
        assertThat(dialog.description.getValue()).isEqualTo(pasted);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(titles(view)).containsExactly("A");
    }

    @Test
    void asksForATitleAndKeepsTheMinutesWithinTheDay() {
        var view = open(meeting(120));

        test(view.editor.add).click();
        var dialog = find(AgendaItemDialog.class).single();
        // typed; the field's own checks would not let a test set it
        dialog.minutes.setValue(601);
        test(dialog.save).click();

        assertThat(dialog.title.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(dialog.minutes.getErrorMessage()).isEqualTo("Bitte eine Dauer von 0 bis 600 Minuten angeben.");
        assertThat(view.editor.rows()).isEmpty();
        assertThat(view.editor.empty.isVisible()).isTrue();
    }

    @Test
    void showsAConflictAndKeepsTheEditsWhenAnotherCoordinatorSavedInTheMeantime() {
        var meeting = meeting(120, new AgendaItem("A", 10), new AgendaItem("B", 10));
        var view = open(meeting);
        var theirs = meetings.find(meeting.getId()).orElseThrow();
        theirs.getAgenda().add(new AgendaItem("Von nebenan", 10));
        meetings.update(theirs, EditScope.THIS);

        test(view.editor.rows().get(1).up).click();
        test(view.save).click();
        test(view.save).click();

        assertThat(notifications()).isNotEmpty()
                .allSatisfy(text -> assertThat(text).startsWith("Jemand anderes hat diesen Eintrag"));
        assertThat(titles(view)).containsExactly("B", "A");
        assertThat(storedTitles(meeting)).containsExactly("A", "B", "Von nebenan");
    }

    @Test
    void takesTopicsFromTheBacklogAndTakesThemOutOfItWhenSaved() {
        var topic = backlog.add(new BacklogItem(unique("Thema aus dem Speicher"), 20));
        var meeting = meeting(120, new AgendaItem("A", 10));
        var view = open(meeting);

        test(view.fromBacklog).click();
        var dialog = find(BacklogPickDialog.class).single();
        test(dialog.topics).selectItem(topic.getTitle() + " (20 Minuten)");
        test(dialog.take).click();

        assertThat(titles(view)).containsExactly("A", topic.getTitle());
        assertThat(backlogTitles()).contains(topic.getTitle());

        test(view.save).click();

        assertThat(storedTitles(meeting)).containsExactly("A", topic.getTitle());
        assertThat(backlogTitles()).doesNotContain(topic.getTitle());
    }

    @Test
    void editsAnItemInTheDialog() {
        var meeting = meeting(120, new AgendaItem("Alter Titel", 10).markedPublic());
        var view = open(meeting);

        test(view.editor.rows().getFirst().edit).click();
        var dialog = find(AgendaItemDialog.class).single();
        assertThat(dialog.title.getValue()).isEqualTo("Alter Titel");
        test(dialog.title).setValue("Neuer Titel");
        test(dialog.presenter).setValue("Clara Jobcenter");
        test(dialog.save).click();
        test(view.save).click();

        assertThat(rowTexts(view)).containsExactly("TOP 1Neuer Titel10 Minuten · Vortrag: Clara Jobcenter · öffentlich");
        assertThat(meetings.find(meeting.getId()).orElseThrow().getAgenda().getFirst().getPresenter())
                .isEqualTo("Clara Jobcenter");
    }

    @Test
    void asksBeforeLeavingWithUnsavedChanges() {
        var view = open(meeting(120, new AgendaItem("A", 10), new AgendaItem("B", 10)));
        test(view.editor.rows().getFirst().down).click();

        UI.getCurrent().navigate("themenspeicher");

        assertThat(getCurrentView()).isSameAs(view);
        var question = find(Confirmation.class).single();
        assertThat(question.getQuestion()).isEqualTo("Die Änderungen an der Tagesordnung sind noch nicht gespeichert.");

        question.confirm();

        assertThat(getCurrentView()).isInstanceOf(BacklogView.class);
    }

    @Test
    void leavesWithoutAskingOnceTheChangesAreSaved() {
        var view = open(meeting(120, new AgendaItem("A", 10), new AgendaItem("B", 10)));
        test(view.editor.rows().getFirst().down).click();
        test(view.save).click();

        UI.getCurrent().navigate("themenspeicher");

        assertThat(getCurrentView()).isInstanceOf(BacklogView.class);
    }

    @Test
    void keepsTheAgendaOfAHeldMeetingAsItWas() {
        var view = navigate("termine/m-ag-sitzung-1/tagesordnung", MeetingAgendaView.class);

        assertThat(view.stateHint.getText())
                .isEqualTo("Status: durchgeführt. Die Tagesordnung dieses Termins kann nicht mehr geändert werden.");
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.editor.isEnabled()).isFalse();
        assertThat(view.editor.rows()).isNotEmpty();
    }

    @Test
    void showsTheNotFoundPageForAnUnknownMeeting() {
        navigate("termine/gibt-es-nicht/tagesordnung", NotFoundView.class);

        assertThat(heading().getText()).isEqualTo("Nicht gefunden");
    }

    @Test
    @WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
    void isNotOpenToMembers() {
        navigate("termine/m-ag-sitzung-4/tagesordnung", ForbiddenView.class);

        assertThat(heading().getText()).isEqualTo("Kein Zugriff");
    }

    private Meeting meeting(int minutes, AgendaItem... items) {
        return meetings.create(AgendaFixtures.meeting(unique("Agenda-Test"), AgendaFixtures.farAhead(), minutes, items),
                null);
    }

    private MeetingAgendaView open(Meeting meeting) {
        return navigate("termine/" + meeting.getId() + "/tagesordnung", MeetingAgendaView.class);
    }

    private static List<String> titles(MeetingAgendaView view) {
        return view.editor.items().stream().map(AgendaItem::getTitle).toList();
    }

    private static List<String> rowTexts(MeetingAgendaView view) {
        return view.editor.rows().stream().map(row -> textOf(row.number) + textOf(row.title) + textOf(row.facts))
                .toList();
    }

    private List<String> storedTitles(Meeting meeting) {
        return meetings.find(meeting.getId()).orElseThrow().getAgenda().stream().map(AgendaItem::getTitle).toList();
    }

    private List<String> backlogTitles() {
        return backlog.list().stream().map(BacklogItem::getTitle).toList();
    }
}
