package de.arbeitsgruppe.portal.sso;

import de.arbeitsgruppe.portal.e2e.DemoAccountsInBrowser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on in Chromium: the portal in {@code oidc} mode on a random port against the Keycloak
 * distribution from Maven Central ({@link KeycloakServer#shared()}), logins through Keycloak's own
 * (German) login pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "oidc"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SingleSignOnE2E.ScreenshotOnFailure.class)
class SingleSignOnE2E {

    private static final String PASSWORD = "Passwort-123";
    private static final String WRONG_PASSWORD = "ganz-falsches-Passwort";
    private static final String KEYCLOAK_ERROR = "Ungültiger Benutzername oder Passwort.";
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    private static final String VAADIN_IDLE = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                && Object.values(window.Vaadin.Flow.clients)
                    .every(client => typeof client.isActive !== 'function' || !client.isActive())
            """;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.keycloak.issuer-uri",
                () -> KeycloakServer.shared().issuerUri());
    }

    @LocalServerPort
    int port;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    Page page;

    @BeforeAll
    void startKeycloakAndBrowser() {
        var keycloak = KeycloakServer.shared();
        keycloak.admin().usePortalBaseUrl("http://localhost:" + port);
        System.out.printf("%nSingleSignOnE2E: Keycloak %s took %.1f s to start (%s start)%n%n", KeycloakServer.VERSION,
                keycloak.startSeconds(), keycloak.coldStart() ? "cold" : "warm");
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        playwright = Playwright.create();
        browser = DemoAccountsInBrowser.launchChromium(playwright);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("de.arbeitsgruppe.portal.e2e.DemoAccountsInBrowser#withTheirNavigation")
    void eachDemoUserLogsInThroughKeycloakAndSeesExactlyTheNavigationOfTheirRoleAndTheirOrganisation(
            String username, String name, String organisation, List<String> areas) {
        logIn(username);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Übersicht");
        var items = page.locator("vaadin-side-nav-item");
        assertThat(items).hasCount(areas.size());
        assertThat(items.allInnerTexts().stream().map(String::strip).toList()).containsExactlyElementsOf(areas);
        assertThat(page.locator(".portal-user-name")).hasText(name);
        assertThat(page.locator(".portal-user-organisation")).hasText(organisation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coordinatorPages")
    void aPartnerOpeningACoordinatorPageGetsTheNoAccessPage(String path) {
        logIn("dora.caritas");

        open(path);

        assertThat(page).hasURL(portal(path));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Kein Zugriff");
        assertThat(page.getByText("Diese Seite oder dieser Eintrag ist für Ihr Konto nicht freigegeben.")).isVisible();
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        assertThat(page.locator(".portal-user-name")).hasText("Dora Caritas");
    }

    static Stream<String> coordinatorPages() {
        return Stream.of("schnittstellen", "admin/konten");
    }

    @Test
    void logoutEndsTheSsoSessionSoTheNextVisitShowsKeycloaksLoginFormAgain() {
        logIn("anna.koordination");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();

        assertThat(page).hasURL(portal("abgemeldet"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Abgemeldet");

        page.navigate(url(""));

        assertThat(page.locator("#username")).isVisible();
        assertThat(page).hasURL(Pattern.compile(quote(KeycloakServer.shared().issuerUri()) + "/.*"));
        assertThat(page.locator("vaadin-side-nav-item")).hasCount(0);
        assertThat(page.getByText("Anna Koordination")).hasCount(0);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountTemporarilyAndThePortalShowsNothingBroken() throws InterruptedException {
        String username = "clara.jobcenter";
        var keycloak = KeycloakServer.shared();
        try {
            page.navigate(url(""));
            enterUsername(username);
            for (int attempt = 1; attempt <= 5; attempt++) {
                enterPassword(WRONG_PASSWORD);
                assertThat(page.locator("#input-error-password")).hasText(KEYCLOAK_ERROR);
                // slower than Keycloak's quick-login check (two failures within 1 s), so the count locks
                Thread.sleep(1_100);
            }
            assertThat(keycloak.admin().bruteForceStatus(username).get("disabled").asBoolean()).isTrue();

            enterPassword(PASSWORD);

            assertThat(page.locator("#input-error-password")).hasText(KEYCLOAK_ERROR);
            assertThat(page).not().hasURL(Pattern.compile(quote(url("")) + ".*"));
            assertThat(page.locator("vaadin-side-nav-item")).hasCount(0);
            assertThat(page.getByText("Clara Jobcenter")).hasCount(0);
            assertNothingBroken();

            // the portal itself, opened again, still just sends the visitor to Keycloak's login form
            page.navigate(url(""));
            assertThat(page.locator("#username")).isVisible();
            assertNothingBroken();
        } finally {
            keycloak.admin().unlock(username);
        }

        context.clearCookies();
        logIn(username);
        assertThat(page.locator(".portal-user-name")).hasText("Clara Jobcenter");
    }

    private void assertNothingBroken() {
        var body = page.locator("body");
        assertThat(body).not().containsText("Whitelabel");
        assertThat(body).not().containsText("Exception");
        assertThat(body).not().containsText("Internal Server Error");
        assertThat(body).not().containsText("Fehler");
        assertThat(page.locator("vaadin-connection-indicator[loading], .v-system-error")).hasCount(0);
    }

    /** Opens the portal, goes through both Keycloak login pages and waits for the portal. */
    private void logIn(String username) {
        page.navigate(url(""));
        enterUsername(username);
        enterPassword(PASSWORD);
        assertThat(page).hasURL(Pattern.compile(quote(url("")) + ".*"));
        waitForVaadin();
        assertThat(page.locator(".portal-user-name")).isVisible();
    }

    private void enterUsername(String username) {
        page.locator("#username").fill(username);
        page.locator("#kc-login").click();
        assertThat(page.locator("#password")).isVisible();
    }

    private void enterPassword(String password) {
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.waitForLoadState();
    }

    private void open(String path) {
        page.navigate(url(path));
        waitForVaadin();
    }

    private void waitForVaadin() {
        page.waitForFunction(VAADIN_IDLE);
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private Pattern portal(String path) {
        return Pattern.compile(quote(url(path)) + "(\\?.*)?");
    }

    /** Playwright hands the pattern to JavaScript, which knows no {@code \\Q…\\E}: escape by hand. */
    private static String quote(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}/]", "\\\\$0");
    }

    /** Saves what the browser showed when a test failed; runs before the context is closed. */
    static class ScreenshotOnFailure implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext extension) {
            if (extension.getExecutionException().isEmpty()) {
                return;
            }
            var test = (SingleSignOnE2E) extension.getRequiredTestInstance();
            var name = "SingleSignOnE2E." + extension.getRequiredTestMethod().getName() + "-"
                    + extension.getDisplayName().replaceAll("[^\\p{L}\\p{N}.-]+", "_");
            try {
                test.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(SCREENSHOTS.resolve(name + ".png")));
            } catch (RuntimeException e) {
                extension.getExecutionException().get().addSuppressed(e);
            }
        }
    }
}
