package de.arbeitsgruppe.portal.account;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * The response headers of every answer the portal gives: pages, static files, downloads, feeds and
 * error pages. Spring Security applies a {@code Customizer<HeadersConfigurer<HttpSecurity>>} bean to
 * every {@code HttpSecurity} it hands out, so each filter chain — today's and any added later — gets
 * this policy without asking for it ({@code SecurityHeadersTest} checks every chain).
 * <ul>
 * <li>Content-Security-Policy: only the portal's own origin. Vaadin Flow 25.2 starts its client engine
 * with an inline script and runs the JavaScript the server sends through {@code new Function}, so it
 * needs {@code script-src 'unsafe-inline' 'unsafe-eval'}; its components set inline styles, hence
 * {@code style-src 'unsafe-inline'}. Lumo's icons and fonts come as {@code data:} URLs. No foreign
 * script, no plug-ins, no framing, forms only to the portal (and, in oidc mode, to Keycloak, where a
 * login or logout may continue).</li>
 * <li>Referrer-Policy {@code same-origin}: no address of the portal — above all the secret
 * {@code /ical/abo/…} — ever reaches another site, while same-origin requests keep their
 * {@code Origin}/{@code Referer} (a form's {@code Origin} would turn into {@code null} under
 * {@code no-referrer}).</li>
 * <li>Permissions-Policy: the portal uses no camera, microphone, location or similar; a script that
 * slipped in cannot either.</li>
 * <li>X-Content-Type-Options {@code nosniff} and X-Frame-Options {@code DENY} (for browsers without
 * {@code frame-ancestors}).</li>
 * <li>HSTS only where the installation says it runs on HTTPS alone ({@code portal.security.hsts},
 * set in the {@code prod} profile); Spring sends it on HTTPS requests only.</li>
 * </ul>
 */
class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=(), browsing-topics=()";

    private final String contentSecurityPolicy;
    private final boolean hsts;

    /**
     * @param loginOrigins origins beyond the portal's own that a form may lead to (Keycloak in oidc mode)
     * @param hsts whether to send Strict-Transport-Security on HTTPS requests
     */
    SecurityHeaders(List<URI> loginOrigins, boolean hsts) {
        this.contentSecurityPolicy = contentSecurityPolicy(loginOrigins);
        this.hsts = hsts;
    }

    static String contentSecurityPolicy(List<URI> loginOrigins) {
        Set<String> formAction = new LinkedHashSet<>(List.of("'self'"));
        loginOrigins.forEach(uri -> formAction.add(origin(uri)));
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "frame-ancestors 'none'",
                "form-action " + String.join(" ", formAction));
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    /**
     * The same headers for an answer that no filter chain gives: a request Spring Security's firewall
     * refuses (e.g. {@code /a;b}) is answered before any chain, and its error page skips the header filter.
     */
    RequestRejectedHandler rejectedRequests() {
        var writers = List.<HeaderWriter>of(new ContentSecurityPolicyHeaderWriter(contentSecurityPolicy),
                new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN), new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY),
                new XContentTypeOptionsHeaderWriter(), new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY));
        var status = new HttpStatusRequestRejectedHandler();
        return (request, response, rejected) -> {
            writers.forEach(writer -> writer.writeHeaders(request, response));
            status.handle(request, response, rejected);
        };
    }

    @Override
    public void customize(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.deny())
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
        if (hsts) {
            headers.httpStrictTransportSecurity(sts -> sts.maxAgeInSeconds(365L * 24 * 60 * 60).includeSubDomains(true));
        } else {
            headers.httpStrictTransportSecurity(sts -> sts.disable());
        }
    }
}
