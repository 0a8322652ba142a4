package de.arbeitsgruppe.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The security headers as the browser receives them, on a page, a static file, the public feed, a
 * download and an unknown address, in one logged-in browser session.
 */
class SecurityHeadersE2E extends BrowserTest {

    @Test
    void everyAnswerTheBrowserGetsCarriesTheSecurityHeaders() {
        login("bernd.agentur");
        var responses = new LinkedHashMap<String, Map<String, String>>();
        var pageResponse = page.navigate(url(""));
        responses.put("page /", pageResponse.headers());
        waitForVaadin();
        var script = (String) page.evaluate("() => [...document.scripts].map(s => s.src).find(src => src.includes('/VAADIN/'))");
        assertThat(script).as("a script file of the production bundle").isNotNull();
        var statics = page.request().get(script);
        assertThat(statics.status()).isEqualTo(200);
        responses.put("static " + script, statics.headers());
        var feed = page.request().get(url("ical/oeffentlich.ics"));
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.text()).startsWith("BEGIN:VCALENDAR");
        responses.put("feed", feed.headers());
        var download = page.request().get(url("ical/termine/m-arbeitgeberinformationstag.ics"));
        assertThat(download.status()).isEqualTo(200);
        responses.put("download", download.headers());
        var unknown = page.navigate(url("gibt-es-nicht"));
        assertThat(unknown.status()).isEqualTo(404);
        responses.put("404", unknown.headers());

        responses.forEach((what, headers) -> {
            assertThat(headers.get("content-security-policy")).as(what)
                    .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'");
            assertThat(headers.get("referrer-policy")).as(what).isEqualTo("same-origin");
            assertThat(headers.get("permissions-policy")).as(what).contains("camera=()");
            assertThat(headers.get("x-content-type-options")).as(what).isEqualTo("nosniff");
        });
        waitForVaadin();
        assertThat(page.locator("h1").textContent()).isEqualTo("Nicht gefunden");
    }
}
