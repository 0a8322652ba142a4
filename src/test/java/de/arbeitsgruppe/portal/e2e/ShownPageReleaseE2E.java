package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Flow keeps the last answer of every open tab, to send it again should the browser re-send its
 * message; after a navigation that is the whole page. Once Chromium has drawn the page it reports so
 * (ShownPageRelease), and the small answer to that report is what the server keeps while the user
 * reads: the memory an open tab costs no longer includes a copy of its page.
 */
class ShownPageReleaseE2E extends BrowserTest {

    @Test
    void onceThePageIsDrawnTheBrowsersLastMessageIsTheSmallReportThatItIsShown() {
        login("bernd.agentur");
        List<Response> answers = new CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            if (response.url().contains("v-r=uidl")) {
                answers.add(response);
            }
        });

        // the menu's link: the client-side navigation, whose answer draws the whole page
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ansprechpartner").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Ansprechpartner");
        page.waitForCondition(() -> answers.stream().anyMatch(answer -> sent(answer).contains("portal-shown")));
        waitForVaadin();

        var navigation = answers.stream().filter(answer -> sent(answer).contains("ui-navigate")).findFirst().orElseThrow();
        var last = answers.getLast();
        assertThat(sent(last)).as("the tab's last message").contains("portal-shown");
        assertThat(answers.indexOf(last)).isGreaterThan(answers.indexOf(navigation));
        assertThat(navigation.body().length).as("the answer that drew the page, in bytes").isGreaterThan(20_000);
        assertThat(last.body().length).as("the answer the server keeps now, in bytes").isLessThan(2_000);
    }

    private static String sent(Response answer) {
        var body = answer.request().postData();
        return body == null ? "" : body;
    }
}
