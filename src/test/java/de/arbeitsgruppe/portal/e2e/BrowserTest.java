package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import static com.microsoft.playwright.options.WaitForSelectorState.ATTACHED;
import de.arbeitsgruppe.portal.notification.ReceivedMail;
import de.arbeitsgruppe.portal.notification.TestMailServer;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the Playwright tests: the whole application on a random port (production bundle, demo
 * data in the in-memory database), Debian's Chromium started once per test class and a fresh
 * browser context per test (or one per account for a whole class, {@link #newLastingPage}). Every subclass keeps this exact Spring configuration, so all browser
 * tests share one cached application context. The portal sends its mails to a real SMTP server
 * (GreenMail, one per JVM): {@link #mailsAbout} reads what arrived.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
abstract class BrowserTest {

    static final String PASSWORD = "Passwort-123";
    private static final Path SCREENSHOTS = Paths.get("target", "e2e-screenshots");
    private static final String VAADIN_IDLE = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                && Object.values(window.Vaadin.Flow.clients)
                    .every(client => typeof client.isActive !== 'function' || !client.isActive())
            """;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer.register(registry);
    }

    /** The mails whose subject contains the text, waiting until {@code count} of them arrived (15 s at most). */
    static List<ReceivedMail> mailsAbout(String subjectPart, int count) {
        return TestMailServer.await(count, TestMailServer.about(subjectPart));
    }

    Page page;
    private final List<BrowserContext> contexts = new ArrayList<>();
    /** What Chromium reported as blocked by the Content-Security-Policy, on any page of the test. */
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        // build machines are shared and often busy: wait longer than Playwright's 5 s before failing
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        playwright = Playwright.create();
        browser = DemoAccountsInBrowser.launchChromium(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = newPage();
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        // every page runs under the portal's real policy: a blocked script, style, frame or form fails the test
        // (taken, so that in a class with one instance for all tests the next test starts without them)
        assertThat(takePolicyViolations()).as("Content-Security-Policy violations in the browser console").isEmpty();
    }

    /** A page in a browser context of its own: another person at another computer. */
    Page newPage() {
        return newPage(null);
    }

    /** A page in a browser context of its own that starts with the given cookies (a saved login). */
    Page newPage(String storageState) {
        var opened = pageInNewContext(storageState);
        contexts.add(opened.context());
        return opened;
    }

    /**
     * A page in a browser context of its own that stays open after the test, until the browser closes:
     * for a class that visits many pages as the same person, so the login, the HTTP cache and the
     * compiled scripts serve all its tests. Its policy violations reach this test instance, so such a
     * class runs with {@code @TestInstance(PER_CLASS)}.
     */
    Page newLastingPage() {
        return pageInNewContext(null);
    }

    private Page pageInNewContext(String storageState) {
        var context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("de-DE")
                .setAcceptDownloads(true)
                .setViewportSize(1280, 900)
                .setStorageState(storageState));
        context.setDefaultTimeout(15_000);
        var opened = context.newPage();
        opened.onConsoleMessage(message -> recordPolicyViolation(message.text()));
        opened.onPageError(this::recordPolicyViolation);
        return opened;
    }

    /** The violations reported so far, which then no longer fail the test: for tests that provoke one. */
    List<String> takePolicyViolations() {
        var taken = List.copyOf(policyViolations);
        policyViolations.clear();
        return taken;
    }

    private void recordPolicyViolation(String text) {
        if (text.contains("Content Security Policy") || text.contains("Refused to")) {
            policyViolations.add(text);
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    void open(String path) {
        open(page, path);
    }

    void open(Page target, String path) {
        target.navigate(url(path));
        waitForVaadin(target);
    }

    void login(String username) {
        login(page, username);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        waitForVaadin(page);
    }

    /** Fills in and sends the login form; the caller checks where it ended. */
    void login(Page target, String username) {
        open(target, "login");
        target.getByLabel("Benutzername").fill(username);
        target.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
        target.waitForLoadState();
    }

    /**
     * Drags with the mouse from one element onto another until {@code appears} shows (the
     * confirmation of a move). A drag simulated with the mouse now and then starts before
     * FullCalendar has finished laying out its grid (its size follows a ResizeObserver) and lands
     * nowhere (the entry stays where it was): then it is done again, at most three times.
     */
    void dragOnto(Locator from, Locator onto, Locator appears) {
        // attached, not visible: a confirm dialog's host element has no box of its own
        waitForVaadin();
        for (int attempt = 1; ; attempt++) {
            var start = from.boundingBox();
            var target = onto.boundingBox();
            page.mouse().move(start.x + start.width / 2, start.y + start.height / 2);
            page.mouse().down();
            page.mouse().move(start.x + start.width / 2 + 5, start.y + start.height / 2 + 5);
            page.mouse().move(target.x + target.width / 2, target.y + target.height / 2,
                    new com.microsoft.playwright.Mouse.MoveOptions().setSteps(20));
            page.mouse().up();
            try {
                appears.first().waitFor(new Locator.WaitForOptions().setTimeout(5_000).setState(ATTACHED));
                return;
            } catch (com.microsoft.playwright.TimeoutError e) {
                if (from.count() == 0) {
                    // the entry left its place: the drag landed, and the answer is only slow
                    appears.first().waitFor(new Locator.WaitForOptions().setState(ATTACHED));
                    return;
                }
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Waits until the page has a Vaadin client that has no request in flight. */
    void waitForVaadin(Page target) {
        target.waitForFunction(VAADIN_IDLE);
    }

    void waitForVaadin() {
        waitForVaadin(page);
    }

    /** The page, once Vaadin is idle, has no violation of axe-core's WCAG 2.2 A and AA rules. */
    void assertMeetsWcag22AA() {
        waitForVaadin();
        // the page at rest: a click that opened a dialog can leave the pointer over its primary button,
        // whose hover shade (Lumo's, 4.3:1) axe would judge or not depending on where the dialog lands
        page.mouse().move(0, 0);
        // and still: a notification fading in (Lumo's enter animation) has half its contrast for a
        // moment, so animations that end are played to their end (spinners that never end go on)
        page.evaluate(FINISH_ANIMATIONS);
        var results = Axe.check(page);
        assertThat(results.version()).as("axe-core version in the page").isEqualTo(Axe.VERSION);
        // a run that checked nothing would also report no violations
        assertThat(results.passes()).as("rules axe-core passed").isPositive();
        assertThat(results.violations()).withFailMessage(() -> results.report(page.url())).isEmpty();
    }

    /** The two screens every page is checked on: a desk and a phone. */
    enum Screen {
        DESK(1280, 900), PHONE(390, 844);

        final int width;
        final int height;

        Screen(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private static final String FINISH_ANIMATIONS = """
            () => document.getAnimations()
                .filter(animation => Number.isFinite(animation.effect?.getComputedTiming().endTime))
                .forEach(animation => animation.finish())
            """;

    private static final String LAYOUT_PROBLEMS = """
            () => {
              const problems = [];
              const width = window.innerWidth;
              const page = document.documentElement.scrollWidth;
              if (page > width) {
                problems.push(`the page scrolls sideways: ${page} px wide in ${width} px`);
              }
              const layout = document.querySelector('vaadin-app-layout');
              const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part="content"]');
              if (content && content.scrollWidth > content.clientWidth + 1) {
                problems.push(`the content scrolls sideways: ${content.scrollWidth} px wide in ${content.clientWidth} px`);
              }
              // up through slots and shadow roots, as the browser lays the page out
              const up = (element) => element.assignedSlot || element.parentElement
                  || (element.getRootNode() instanceof ShadowRoot ? element.getRootNode().host : null);
              const clipping = (element) => {
                for (let parent = up(element); parent; parent = up(parent)) {
                  const style = getComputedStyle(parent);
                  if (style.overflowX !== 'visible') {
                    return parent;
                  }
                }
                return null;
              };
              document.querySelectorAll('a[href^="tel:"], a[href^="mailto:"]').forEach((link) => {
                const box = link.getBoundingClientRect();
                if (box.width === 0 || getComputedStyle(link).visibility === 'hidden') {
                  return;
                }
                const parent = clipping(link);
                const limit = parent ? Math.min(width, parent.getBoundingClientRect().right) : width;
                if (box.right > limit + 1 || link.scrollWidth > link.clientWidth + 1) {
                  problems.push(`cut: ${link.textContent} (${Math.round(box.right)} px, visible up to ${Math.round(limit)} px)`);
                }
              });
              return problems;
            }
            """;

    /** Nothing scrolls sideways, and no phone number or e-mail address is cut off. */
    void assertFitsTheScreen() {
        waitForVaadin();
        @SuppressWarnings("unchecked")
        var problems = (List<String>) page.evaluate(LAYOUT_PROBLEMS);
        assertThat(problems).as("layout of %s at %d px", page.url(), page.viewportSize().width).isEmpty();
    }

    /** Keeps what the page looks like for review, under target/e2e-screenshots/. */
    void saveScreenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    private void screenshots(String name) {
        int number = 0;
        var shown = new ArrayList<>(contexts);
        if (page != null && !shown.contains(page.context())) {
            shown.add(page.context());
        }
        for (BrowserContext context : shown) {
            for (Page open : context.pages()) {
                var suffix = number++ == 0 ? "" : "-" + number;
                open.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(SCREENSHOTS.resolve(name + suffix + ".png")));
            }
        }
    }

    /** Saves what the browser showed when a test failed; runs before the contexts are closed. */
    static class ScreenshotOnFailure implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isEmpty()) {
                return;
            }
            var test = (BrowserTest) context.getRequiredTestInstance();
            var method = context.getRequiredTestMethod().getName();
            var name = context.getRequiredTestClass().getSimpleName() + "." + method;
            if (!context.getDisplayName().startsWith(method + "(")) {
                name += "-" + context.getDisplayName().replaceAll("[^\\p{L}\\p{N}.-]+", "_").replaceAll("^_|_$", "");
            }
            try {
                test.screenshots(name);
            } catch (RuntimeException e) {
                context.getExecutionException().get().addSuppressed(e);
            }
        }
    }
}
