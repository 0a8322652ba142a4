package de.arbeitsgruppe.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every filter chain of the application sends the one header policy: the chains are found, not
 * listed, so a chain added later fails here until it sends the headers too.
 */
@SpringBootTest
@ActiveProfiles("test")
class SecurityHeadersTest {

    @Autowired
    List<SecurityFilterChain> chains;

    @Test
    void everyFilterChainSendsTheSecurityHeaders() throws Exception {
        assertThat(chains).hasSizeGreaterThanOrEqualTo(2);
        for (var chain : chains) {
            var headerFilter = chain.getFilters().stream().filter(HeaderWriterFilter.class::isInstance).findFirst();
            assertThat(headerFilter).as("header filter in %s", chain).isPresent();
            var response = new MockHttpServletResponse();

            headerFilter.get().doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain());

            assertThat(response.getHeader("Content-Security-Policy")).as("%s", chain)
                    .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'");
            assertThat(response.getHeader("Referrer-Policy")).as("%s", chain).isEqualTo("same-origin");
            assertThat(response.getHeader("Permissions-Policy")).as("%s", chain).contains("camera=()", "microphone=()");
            assertThat(response.getHeader("X-Content-Type-Options")).as("%s", chain).isEqualTo("nosniff");
        }
    }

    @Test
    void thePolicyAllowsNoForeignScriptAndFormsOnlyToThePortalAndItsLoginServer() {
        var policy = SecurityHeaders.contentSecurityPolicy(List.of(URI.create("https://sso.example.de:8443/realms/ag")));

        assertThat(policy).contains("script-src 'self' 'unsafe-inline' 'unsafe-eval';", "object-src 'none'",
                "base-uri 'self'", "form-action 'self' https://sso.example.de:8443").doesNotContain("*", "http:", "https: ");
    }
}
