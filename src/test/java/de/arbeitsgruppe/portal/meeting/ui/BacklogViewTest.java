package de.arbeitsgruppe.portal.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.meeting.AgendaBacklog;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.BacklogItem;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
class BacklogViewTest extends ViewTest {

    @Autowired
    AgendaBacklog backlog;
    @Autowired
    MeetingManagement meetings;

    @Test
    void addsATopicThatThenAppearsWithWhoAddedIt() {
        var title = unique("Anerkennung von Abschlüssen");
        var view = navigate(BacklogView.class);

        test(view.create).click();
        var dialog = find(AgendaItemDialog.class).single();
        test(dialog.title).setValue(title);
        test(dialog.minutes).setValue(30);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("Thema aufgenommen.");
        var row = rowOf(view, title);
        assertThat(view.list.getCellText(row, 1)).isEqualTo("30 Minuten");
        assertThat(view.list.getCellText(row, 4))
                .isEqualTo("aufgenommen am " + Formats.date(Formats.today()) + " von Anna Koordination");
    }

    @Test
    void keepsAnOverlongTitleInItsFieldWithAMessageAndAddsNothing() {
        var title = unique("Zu lang") + "x".repeat(AgendaItem.MAX_TITLE);
        var view = navigate(BacklogView.class);

        test(view.create).click();
        var dialog = find(AgendaItemDialog.class).single();
        test(dialog.title).setValue(title);
        test(dialog.minutes).setValue(10);
        test(dialog.save).click();

        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).startsWith("Höchstens 200 Zeichen.");
        assertThat(dialog.title.getValue()).isEqualTo(title);
        assertThat(backlog.list()).extracting(BacklogItem::getTitle).doesNotContain(title);
    }

    @Test
    void changesATopicInTheSameDialog() {
        var topic = backlog.add(new BacklogItem(unique("Alter Titel"), 10));
        var view = navigate(BacklogView.class);

        click(view, topic.getTitle(), "„" + topic.getTitle() + "“ bearbeiten");
        var dialog = find(AgendaItemDialog.class).single();
        test(dialog.minutes).setValue(45);
        test(dialog.save).click();

        assertThat(view.list.getCellText(rowOf(view, topic.getTitle()), 1)).isEqualTo("45 Minuten");
    }

    @Test
    void putsATopicOnTheAgendaOfAnUpcomingMeeting() {
        var topic = backlog.add(new BacklogItem(unique("Ins Treffen"), 20));
        // soon, so that it is among the next dates offered
        var soon = Formats.today().plusDays(ThreadLocalRandom.current().nextInt(25, 45)).atTime(8, 0);
        var target = meetings.create(AgendaFixtures.meeting(unique("Zieltermin"), soon, 60), null);
        var view = navigate(BacklogView.class);

        click(view, topic.getTitle(), "„" + topic.getTitle() + "“ in Termin übernehmen");
        var dialog = find(ScheduleDialog.class).single();
        test(dialog.meeting).selectItem(dialog.meeting.getItemLabelGenerator().apply(target));
        test(dialog.take).click();

        assertThat(notifications()).contains("„" + topic.getTitle() + "“ steht jetzt auf der Tagesordnung des Termins am "
                + Formats.date(soon.toLocalDate()) + ".");
        assertThat(meetings.find(target.getId()).orElseThrow().getAgenda()).extracting(AgendaItem::getTitle)
                .contains(topic.getTitle());
        assertThat(view.list.getItems().stream().map(BacklogItem::getTitle))
                .doesNotContain(topic.getTitle());
    }

    @Test
    void offersOnlyMeetingsThatStillTakePlace() {
        var topic = backlog.add(new BacklogItem(unique("Nur kommende"), 20));
        var view = navigate(BacklogView.class);

        click(view, topic.getTitle(), "„" + topic.getTitle() + "“ in Termin übernehmen");
        var offered = find(ScheduleDialog.class).single().meeting.getListDataView().getItems().toList();

        assertThat(offered).isNotEmpty().allSatisfy(meeting -> {
            assertThat(meeting.getEnd()).isInTheFuture();
            assertThat(meeting.isCancelled()).isFalse();
        });
    }

    @Test
    void removesATopicAfterConfirmation() {
        var topic = backlog.add(new BacklogItem(unique("Weg damit"), 20));
        var view = navigate(BacklogView.class);

        click(view, topic.getTitle(), "„" + topic.getTitle() + "“ entfernen");
        find(Confirmation.class).single().confirm();

        assertThat(backlog.list()).extracting(BacklogItem::getTitle).doesNotContain(topic.getTitle());
        assertThat(notifications()).contains("„" + topic.getTitle() + "“ wurde entfernt.");
    }

    @Test
    @WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
    void showsMembersTheTopicsWithoutWaysToChangeThem() {
        var title = unique("Für Mitglieder sichtbar");
        SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> backlog.add(new BacklogItem(title, 15)));

        var view = navigate(BacklogView.class);

        assertThat(view.create.isVisible()).isFalse();
        assertThat(view.list.getHeaders()).hasSize(5);
        assertThat(rowOf(view, title)).isNotNegative();
    }

    @Test
    @WithMockUser(username = SignedIn.PARTNER, roles = Role.PARTNER_NAME)
    void isNotOpenToPartners() {
        navigate("themenspeicher", ForbiddenView.class);

        assertThat(heading().getText()).isEqualTo("Kein Zugriff");
    }

    @Test
    void tellsWhereATopicLeftOverFromAMeetingCameFrom() {
        var meeting = meetings.create(AgendaFixtures.meeting(unique("Herkunftstermin"), AgendaFixtures.farAhead(), 60,
                new AgendaItem(unique("Vertagter Punkt"), 10)), null);
        var item = meeting.getAgenda().getFirst();
        backlog.postpone(meeting.getId(), item.getId());

        var view = navigate(BacklogView.class);

        assertThat(view.list.getCellText(rowOf(view, item.getTitle()), 4)).isEqualTo("vertagt aus „"
                + meeting.getTitle() + "“ vom " + Formats.date(meeting.localStart().toLocalDate()));
    }

    int rowOf(BacklogView view, String title) {
        var items = view.list.getItems();
        return IntStream.range(0, items.size()).filter(i -> items.get(i).getTitle().equals(title)).findFirst()
                .orElse(-1);
    }

    private void click(BacklogView view, String title, String ariaLabel) {
        var cell = view.list.getCellComponent(rowOf(view, title), 5);
        test(find(Button.class, cell).withAriaLabel(ariaLabel).single()).click();
    }
}
