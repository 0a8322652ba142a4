package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Reordering the agenda in a real browser: with the keyboard (the focus stays on the moved item, so
 * the key can be pressed again) and by dragging a row onto another. Nothing is saved, so the demo
 * meeting stays as it is for the other browser tests.
 */
class AgendaE2E extends BrowserTest {

    private static final String APPROVAL = "Genehmigung des Protokolls der letzten Sitzung";

    @Test
    void aCoordinatorMovesAnItemDownTwiceWithTheKeyboard() {
        login("anna.koordination");
        open("termine/m-ag-sitzung-6/tagesordnung");

        button("TOP 1 „" + APPROVAL + "“ nach unten verschieben").focus();
        page.keyboard().press("Enter");
        assertThat(rows().nth(1)).containsText(APPROVAL);
        waitForVaadin();
        assertThat(focusedLabel()).isEqualTo("TOP 2 „" + APPROVAL + "“ nach unten verschieben");

        page.keyboard().press("Enter");

        assertThat(rows().nth(2)).containsText("TOP 3 " + APPROVAL);
        waitForVaadin();
        assertThat(focusedLabel()).isEqualTo("TOP 3 „" + APPROVAL + "“ nach unten verschieben");
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("ist jetzt TOP 3")))
                .hasCount(1);
    }

    @Test
    void aCoordinatorDragsTheLastItemToTheTop() {
        login("anna.koordination");
        open("termine/m-ag-sitzung-6/tagesordnung");
        assertThat(rows()).hasCount(4);

        rows().nth(3).dragTo(rows().nth(0));

        assertThat(rows().nth(0)).containsText("TOP 1 Verschiedenes");
        assertThat(rows().nth(1)).containsText("TOP 2 " + APPROVAL);
    }

    private Locator rows() {
        return page.locator("#agenda-items > li");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String focusedLabel() {
        return (String) page.evaluate("() => document.activeElement && document.activeElement.getAttribute('aria-label')");
    }
}
