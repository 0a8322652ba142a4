package de.arbeitsgruppe.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * The policy works in a real Chromium: a script from another site is refused, the portal is not
 * shown inside a frame, and the base class's console check sees both.
 */
class ContentSecurityPolicyE2E extends BrowserTest {

    @Test
    void aScriptFromAnotherSiteIsRefusedAndReported() {
        open("login");

        page.evaluate("""
                () => new Promise(resolve => {
                    const script = document.createElement('script');
                    script.src = 'https://evil.example/steal.js';
                    script.onerror = resolve;
                    script.onload = resolve;
                    document.head.appendChild(script);
                })
                """);

        assertThat(takePolicyViolations()).anyMatch(message -> message.contains("evil.example"));
    }

    @Test
    void thePortalIsNotShownInsideAFrame() {
        open("login");

        page.setContent("<iframe src='" + url("login") + "'></iframe>");
        // until Chromium has reported the refused frame (at most the page's default timeout), not a fixed second
        var reported = new ArrayList<String>();
        page.waitForCondition(() -> {
            reported.addAll(takePolicyViolations());
            return reported.stream().anyMatch(message -> message.contains("frame-ancestors"));
        });

        assertThat(reported).anyMatch(message -> message.contains("frame-ancestors"));
    }
}
