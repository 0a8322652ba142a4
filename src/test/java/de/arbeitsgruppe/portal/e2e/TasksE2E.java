package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.arbeitsgruppe.portal.notification.ReceivedMail;
import de.arbeitsgruppe.portal.shared.Formats;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Tasks end to end in Chromium: during the demo minutes of the last session the coordinator gives two
 * tasks from a decision, to the Agentur as a whole and to Clara of the Jobcenter; the owners get their
 * mails (real SMTP test server); Clara finds hers on her start page, sets it "in Arbeit" and comments;
 * the coordinator reads the comment; the next session's "Stand der Aufgaben" lists the open task, the
 * coordinator records it as done in that session's minutes and the task is done; the board moves a
 * card by mouse and another by keyboard; axe-core finds nothing on the pages on the way.
 */
class TasksE2E extends BrowserTest {

    private static final String LAST_SESSION = "m-ag-sitzung-2";
    private static final String NEXT_SESSION = "m-ag-sitzung-3";

    @Test
    void tasksGivenInTheMinutesReachTheirOwnersComeBackUnderStandDerAufgabenAndMoveOnTheBoard() {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var forAgentur = "Kursplätze für den Jahresbericht melden " + suffix;
        var forClara = "Übergangszahlen für den Jahresbericht liefern " + suffix;
        // due today: it leads Clara's start page, whatever other browser tests gave her to do later
        var due = Formats.date(Formats.today());

        // 1. the coordinator gives two tasks from a decision of the last session's minutes
        login("anna.koordination");
        giveTaskFromDecision(forAgentur, "Agentur für Arbeit Musterstadt (ganze Organisation)", due);
        giveTaskFromDecision(forClara, "Clara Jobcenter (Jobcenter Musterstadt)", due);
        var tasksOfItem = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(Pattern.compile("^Aufgaben zu TOP")));
        assertThat(tasksOfItem.first()).containsText(forAgentur);
        assertThat(tasksOfItem.first()).containsText(forClara);
        assertMeetsWcag22AA();

        // 2. the owners get their mails: the Agentur's accounts and Clara's
        var toAgentur = mailsAbout("Neue Aufgabe: " + forAgentur, 1);
        assertThat(toAgentur).flatMap(ReceivedMail::to).contains("bernd.agentur@musterstadt.example");
        var toClara = mailsAbout("Neue Aufgabe: " + forClara, 1);
        assertThat(toClara).flatMap(ReceivedMail::to).containsExactly("clara.jobcenter@musterstadt.example");
        assertThat(toClara.getFirst().text()).contains(due).contains("/aufgaben/");

        // 3. Clara sees the task on her start page, sets it in progress and comments
        var clara = newPage();
        login(clara, "clara.jobcenter");
        open(clara, "");
        var myTasks = clara.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Meine Aufgaben"));
        myTasks.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(forClara)).click();
        waitForVaadin(clara);
        assertThat(clara.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(forClara);
        button(clara, "In Arbeit nehmen").click();
        assertThat(clara.getByText("Status geändert: In Arbeit.")).isVisible();
        clara.getByLabel("Ihr Kommentar").fill("Die Zahlen des Quartals liegen Ende der Woche vor.");
        button(clara, "Kommentieren").click();
        assertThat(clara.getByText("Kommentar gespeichert.")).isVisible();
        var taskPath = clara.url().replaceFirst("^.*/(aufgaben/[^/?#]+).*$", "$1");

        // 4. the coordinator reads the comment on the task's page
        open(taskPath);
        assertThat(page.getByText("Die Zahlen des Quartals liegen Ende der Woche vor.")).isVisible();
        assertThat(page.getByText("In Arbeit").first()).isVisible();
        assertMeetsWcag22AA();

        // 5. the next session's "Stand der Aufgaben" lists the task; the coordinator records it as done
        open("termine/" + NEXT_SESSION + "/protokoll");
        button(page, "Protokoll anlegen").click();
        assertThat(page.getByText("Das Protokoll ist angelegt.")).isVisible();
        page.getByLabel("Neuer Stand von „" + forClara + "“").click();
        var done = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("erledigt").setExact(true));
        done.click();
        // the list of choices has closed again before the page is checked
        assertThat(done).isHidden();
        assertMeetsWcag22AA();
        button(page, "Stand speichern").click();
        assertThat(page.getByText("Stand gespeichert: eine Aufgabe.")).isVisible();
        open(taskPath);
        assertThat(page.getByText("Erledigt").first()).isVisible();
        open(clara, "aufgaben/meine");
        assertThat(clara.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(forClara))).hasCount(0);

        // 6. the board: the Agentur's task moves to "In Arbeit" by mouse, then to "Erledigt" by keyboard
        open("aufgaben/tafel?organisation=org-agentur-musterstadt");
        assertMeetsWcag22AA();
        var card = page.locator(".task-card").filter(new Locator.FilterOptions().setHasText(forAgentur));
        var inProgress = page.locator(".task-column[data-status=in_progress]");
        assertThat(page.locator(".task-column[data-status=open]")).containsText(forAgentur);
        card.dragTo(inProgress);
        assertThat(inProgress.locator(".task-card").filter(new Locator.FilterOptions().setHasText(forAgentur))).isVisible();

        var moved = inProgress.locator(".task-card").filter(new Locator.FilterOptions().setHasText(forAgentur));
        var moveButton = new Locator.GetByRoleOptions().setName("Aufgabe „" + forAgentur + "“ verschieben");
        moved.getByRole(AriaRole.BUTTON, moveButton).focus();
        page.keyboard().press("Enter");
        var target = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verschieben nach Erledigt"));
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Verschieben nach Offen");
        assertMeetsWcag22AA();
        target.focus();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        var doneColumn = page.locator(".task-column[data-status=done]");
        assertThat(doneColumn.locator(".task-card").filter(new Locator.FilterOptions().setHasText(forAgentur))).isVisible();
        // the keyboard goes on from the moved card
        assertThat(doneColumn.locator(".task-card").filter(new Locator.FilterOptions().setHasText(forAgentur))).isFocused();
        assertThat(page.getByText("„" + forAgentur + "“ steht jetzt unter Erledigt.")).isVisible();
    }

    /** From the last session's minutes: "Aufgabe aus Beschluss …", the prefilled form, back to the minutes. */
    private void giveTaskFromDecision(String title, String owner, String due) {
        open("termine/" + LAST_SESSION + "/protokoll");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Aufgabe aus Beschluss B-\\d{4}-\\d{3} anlegen$"))).first().click();
        waitForVaadin();
        assertThat(page.getByText(Pattern.compile("^Aus dem Protokoll: "))).isVisible();
        assertThat(page.getByLabel("Titel")).not().isEmpty();
        page.getByLabel("Titel").fill(title);
        var ownerField = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Zuständig"));
        ownerField.click();
        ownerField.pressSequentially(owner.substring(0, 8));
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(owner).setExact(true)).click();
        var dueField = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Fällig am"));
        dueField.fill(due);
        dueField.press("Enter");
        button(page, "Speichern").click();
        assertThat(page).hasURL(Pattern.compile(".*/termine/" + LAST_SESSION + "/protokoll.*"));
        waitForVaadin();
    }

    private static Locator button(Page target, String name) {
        return target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
