package de.arbeitsgruppe.portal.protocol.ui;

import static de.arbeitsgruppe.portal.protocol.ui.MinutesTasks.AGENTUR;
import static de.arbeitsgruppe.portal.protocol.ui.MinutesTasks.CARITAS;
import static de.arbeitsgruppe.portal.protocol.ui.MinutesTasks.CLARA;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.BlurNotifier.BlurEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Anchor;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.Decision;
import de.arbeitsgruppe.portal.protocol.DecisionResult;
import de.arbeitsgruppe.portal.protocol.ProtocolFixtures;
import de.arbeitsgruppe.portal.protocol.ProtocolManagement;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.task.TaskManagement;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The tasks under each item of the minutes, and the way from an item or a decision to a new task. */
@WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
class ItemTasksTest extends ViewTest {

    @Autowired
    MeetingManagement meetings;
    @Autowired
    ProtocolManagement protocols;
    @Autowired
    Protocols stored;
    @Autowired
    TaskManagement tasks;

    @Test
    void anItemListsItsTasksWithOwnerDueDateStatusAndTheDecisionTheyCameFrom() {
        var meeting = startedSession();
        var item = ProtocolFixtures.item(meeting, 1);
        var decision = protocols.saveDecision(meeting.getId(), item,
                new Decision("Ein gemeinsamer Kurskalender wird eingerichtet.", DecisionResult.ADOPTED));
        var task = MinutesTasks.give(tasks, "Kurskalender einrichten", meeting, item, decision, CLARA, null,
                Visibility.INTERNAL);

        var view = open(meeting);

        var list = itemTasks(view, 1).list;
        assertThat(list.isVisible()).isTrue();
        assertThat(list.getLabel()).isEqualTo("Aufgaben zu TOP 2");
        assertThat(list.getHeaders()).containsExactly("Aufgabe", "Zuständig", "Fällig", "Status", "Beschluss");
        assertThat(((Anchor) list.getCellComponent(0, 0)).getHref()).isEqualTo("aufgaben/" + task.getId());
        assertThat(list.getCellText(0, 0)).isEqualTo("Kurskalender einrichten");
        assertThat(list.getCellText(0, 1)).isEqualTo("Clara Jobcenter (Jobcenter Musterstadt)");
        assertThat(list.getCellText(0, 2)).isEqualTo(Formats.date(Formats.today().plusDays(14)));
        assertThat(list.getCellText(0, 3)).isEqualTo("Offen");
        assertThat(list.getCellText(0, 4)).isEqualTo(decision.getNumber());
        assertThat(textOf(view.sections.get(0))).contains("Aufgaben", "Keine Aufgaben zu diesem Punkt.");
    }

    @Test
    void theOfficeOpensTheTaskFormPrefilledFromAnItemOrADecision() {
        var meeting = startedSession();
        var item = ProtocolFixtures.item(meeting, 1);
        var wording = "Die Arbeitsgruppe bittet die Agentur, freie Plätze in den Kursen monatlich zu melden. ".repeat(4);
        var decision = protocols.saveDecision(meeting.getId(), item, new Decision(wording, DecisionResult.ADOPTED));

        var view = open(meeting);

        var create = itemTasks(view, 1).create;
        assertThat(create.getText()).isEqualTo("Aufgabe anlegen");
        assertThat(create.getElement().getAttribute("aria-label")).isEqualTo("Aufgabe anlegen zu TOP 2");
        assertThat(create.getHref()).isEqualTo("aufgaben/neu?termin=" + meeting.getId() + "&top=" + item
                + "&titel=Sprachkurse%20im%20Fr%C3%BChjahr");
        var fromDecision = link(view.sections.get(1), "Aufgabe aus Beschluss " + decision.getNumber() + " anlegen");
        assertThat(fromDecision.getText()).isEqualTo("Aufgabe aus Beschluss");
        var title = wording.strip().substring(0, 200).strip();
        assertThat(fromDecision.getHref()).isEqualTo("aufgaben/neu?termin=" + meeting.getId() + "&top=" + item
                + "&beschluss=" + decision.getId() + "&nummer=" + decision.getNumber() + "&titel="
                + URLEncoder.encode(title, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @Test
    void aMemberSeesTheTasksButNoWayToGiveOne() {
        var meeting = startedSession();
        var item = ProtocolFixtures.item(meeting, 1);
        protocols.saveDecision(meeting.getId(), item, new Decision("Kurse werden gemeldet.", DecisionResult.ADOPTED));
        MinutesTasks.give(tasks, "Plätze melden", meeting, item, null, null, AGENTUR, Visibility.INTERNAL);

        var view = SignedIn.as(SignedIn.MEMBER, Role.MEMBER, () -> open(meeting));

        assertThat(itemTasks(view, 1).create).isNull();
        assertThat(itemTasks(view, 1).list.getCellText(0, 1)).isEqualTo("Agentur für Arbeit Musterstadt");
        assertThat(textOf(view)).contains("Plätze melden").doesNotContain("Aufgabe anlegen", "Aufgabe aus Beschluss");
    }

    @Test
    void aPartnerSeesOnlyTheTasksTheyMaySee() {
        var meeting = startedSession();
        var item = ProtocolFixtures.item(meeting, 1);
        MinutesTasks.give(tasks, "Intern bei der Agentur", meeting, item, null, null, AGENTUR, Visibility.INTERNAL);
        MinutesTasks.give(tasks, "Für Partner sichtbar", meeting, item, null, null, AGENTUR, Visibility.PARTNERS);
        MinutesTasks.give(tasks, "Aufgabe der Caritas", meeting, item, null, null, CARITAS, Visibility.INTERNAL);
        ProtocolFixtures.circulating(stored, meeting.getId(), Formats.today().plusDays(3));

        var view = SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> open(meeting));

        assertThat(itemTasks(view, 0).list.getItems()).extracting(task -> task.getTitle())
                .containsExactlyInAnyOrder("Für Partner sichtbar", "Aufgabe der Caritas");
        assertThat(textOf(view)).doesNotContain("Intern bei der Agentur", "Aufgabe anlegen");
    }

    @Test
    void notesBeingTypedAreSavedWhenTheFieldLosesTheFocusToTheLinkOfTheTaskForm() {
        var meeting = startedSession();
        var view = open(meeting);
        var editor = view.sections.get(1).editor;
        // typed, not yet saved by the timer: the click on the link takes the focus first
        editor.notes.setValue("Die Agentur meldet die Plätze.");
        assertThat(notes(meeting)).isNull();

        ComponentUtil.fireEvent(editor.notes, new BlurEvent<>(editor.notes, true));

        assertThat(notes(meeting)).isEqualTo("Die Agentur meldet die Plätze.");
        assertThat(itemTasks(view, 1).create.getHref()).startsWith("aufgaben/neu?");
    }

    private String notes(Meeting meeting) {
        var saved = protocols.find(meeting.getId()).orElseThrow().notes().get(ProtocolFixtures.item(meeting, 1));
        return saved == null ? null : saved.getNotes();
    }

    private static ItemTasks itemTasks(ProtocolView view, int section) {
        return (ItemTasks) view.sections.get(section).tasks.getChildren().filter(ItemTasks.class::isInstance)
                .findFirst().orElseThrow();
    }

    private Anchor link(ItemSection section, String accessibleName) {
        return find(Anchor.class).from(section).all().stream()
                .filter(anchor -> accessibleName.equals(anchor.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
    }

    private Meeting startedSession() {
        var meeting = ProtocolFixtures.heldSession(meetings, unique("Sitzung mit Aufgaben"), AgendaFixtures.farBehind());
        protocols.start(meeting.getId());
        return meeting;
    }

    private ProtocolView open(Meeting meeting) {
        return navigate("termine/" + meeting.getId() + "/protokoll", ProtocolView.class);
    }
}
