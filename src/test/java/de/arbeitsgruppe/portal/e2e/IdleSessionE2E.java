package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An open but idle tab does not stay logged in: its heartbeats reach the server, yet the session ends
 * after the timeout without user requests. Its own application context (not {@link BrowserTest}'s),
 * because the timeout is shortened to 4 seconds (Tomcat's property takes whole minutes) and the
 * heartbeat comes every second instead of every 5 minutes — so only heartbeats keep the HTTP session
 * from timing out on its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.heartbeatInterval=1")
@ActiveProfiles("test")
@Import(IdleSessionE2E.ShortSessions.class)
class IdleSessionE2E {

    private static final int IDLE_SECONDS = 4;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        browser = DemoAccountsInBrowser.launchChromium(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        playwright.close();
    }

    @Test
    void anIdleTabIsLoggedOutAlthoughItKeepsSendingHeartbeats() {
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("de-DE"))) {
            var page = context.newPage();
            var heartbeats = new AtomicInteger();
            page.onRequest(request -> {
                if (request.url().contains("v-r=heartbeat")) {
                    heartbeats.incrementAndGet();
                }
            });
            page.navigate("http://localhost:" + port + "/login");
            page.getByLabel("Benutzername").fill("bernd.agentur");
            page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(BrowserTest.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Übersicht");

            // idle until the tab has sent, after the login, twice as many heartbeats (one a second) as the
            // session lasts idle, rather than for a fixed three times its length
            var atLogin = heartbeats.get();
            page.waitForCondition(() -> heartbeats.get() >= atLogin + IDLE_SECONDS * 2,
                    new Page.WaitForConditionOptions().setTimeout(IDLE_SECONDS * 5 * 1000));
            page.navigate("http://localhost:" + port + "/organisationen");

            assertThat(heartbeats.get()).as("heartbeats sent while idle").isGreaterThanOrEqualTo(IDLE_SECONDS * 2);
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertThat(page.getByLabel("Benutzername")).isVisible();
        }
    }

    @TestConfiguration
    static class ShortSessions {

        @Bean
        HttpSessionListener shortSessions() {
            return new HttpSessionListener() {
                @Override
                public void sessionCreated(HttpSessionEvent event) {
                    event.getSession().setMaxInactiveInterval(IDLE_SECONDS);
                }
            };
        }
    }
}
