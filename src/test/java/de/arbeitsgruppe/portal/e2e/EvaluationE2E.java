package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The process evaluation in Chromium: the coordinator reads the trend of the demo evaluations, starts
 * an evaluation, rates a point as not met with the Jobcenter responsible and makes it a task in one
 * click; back on the evaluation the point offers to open that task instead of making another; the
 * checklist editor on the way; axe-core finds nothing on these pages, at a desk and on a phone.
 */
class EvaluationE2E extends BrowserTest {

    private static final String CASE_CONFERENCES = "Fallübergaben und Fallkonferenzen finden statt.";

    @Test
    void theOfficeRatesAnEvaluationAndMakesATaskOfAPointNotMetExactlyOnce() {
        var title = "Evaluation im Browser " + UUID.randomUUID().toString().substring(0, 6);
        login("anna.koordination");

        // 1. the trend of the demo evaluations, in words and symbols
        open("evaluation");
        var trend = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Verlauf je Punkt"));
        assertThat(trend).containsText("Zentrale Funktionspostfächer sind eingerichtet.");
        assertThat(trend).containsText("nicht erfüllt");
        assertMeetsWcag22AA();

        // 2. a new evaluation with every point of the checklist
        page.getByLabel("Titel").fill(title);
        button("Evaluation anlegen").click();
        assertThat(page).hasURL(Pattern.compile(".*/evaluation/[^/]+$"));
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
        var evaluationPath = page.url().replaceFirst("^.*/(evaluation/[^/?#]+).*$", "$1");

        // 3. the case conferences are not met; the Jobcenter is responsible
        var point = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(CASE_CONFERENCES));
        point.getByText("nicht erfüllt", new Locator.GetByTextOptions().setExact(true)).click();
        var owner = point.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Verantwortliche Organisation"));
        // the field holds the organisation of the evaluation before: typing replaces it
        owner.fill("Jobcenter");
        var jobcenter = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Jobcenter Musterstadt").setExact(true));
        jobcenter.click();
        // the list of choices has closed (and finished closing) before the page is checked
        assertThat(jobcenter).isHidden();
        assertThat(page.locator("vaadin-combo-box[opened], vaadin-combo-box-overlay[opened], vaadin-combo-box-overlay[closing]"))
                .hasCount(0);
        point.getByLabel("Kommentar").fill("Kein fester Termin vereinbart.");
        assertMeetsWcag22AA();

        // 4. one click makes the task and opens it
        button("Als Aufgabe vergeben: " + CASE_CONFERENCES).click();
        assertThat(page).hasURL(Pattern.compile(".*/aufgaben/[^/]+$"));
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(CASE_CONFERENCES);
        assertThat(page.getByText("Jobcenter Musterstadt").first()).isVisible();
        var taskPath = page.url().replaceFirst("^.*/(aufgaben/[^/?#]+).*$", "$1");

        // 5. back on the evaluation, the point opens that task instead of making another
        open(evaluationPath);
        var again = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(CASE_CONFERENCES));
        assertThat(again.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Als Aufgabe vergeben"))))
                .hasCount(0);
        again.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Aufgabe öffnen")).click();
        assertThat(page).hasURL(Pattern.compile(".*/" + taskPath + "$"));

        // 6. the checklist the office keeps
        open("evaluation/checkliste");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Checkliste der Evaluation");
        assertMeetsWcag22AA();

        // 7. all three pages on a phone: the trend becomes one card per point, nothing scrolls sideways
        page.setViewportSize(390, 844);
        for (var path : new String[] {"evaluation", evaluationPath, "evaluation/checkliste"}) {
            open(path);
            assertFitsTheScreen();
            assertMeetsWcag22AA();
            saveScreenshot("evaluation-phone-" + path.replace('/', '-'));
        }
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
