package de.arbeitsgruppe.portal.account;

import java.net.URI;
import java.util.ArrayList;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * What both login modes share, the calendar feeds' own filter chain among it. The chain for
 * everything else comes from {@link LocalSecurityConfiguration} ({@code portal.auth=local}, the
 * default) or {@link OidcSecurityConfiguration} ({@code oidc}).
 * Views declare who may open them ({@code @RolesAllowed} …), services declare it again
 * ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String PUBLIC_FEED = "/ical/oeffentlich.ics";
    /** The calendar file of one public event ("In meinen Kalender"), for visitors without a login. */
    static final String PUBLIC_EVENT_FILES = "/ical/veranstaltungen/**";
    /** The public catalogue of offers (module offer), its pages, files and style sheet: plain HTML for everyone. */
    static final String PUBLIC_CATALOGUE = "/katalog";
    /** The open OParl 1.1 interface (module oparl): public meetings and decisions as JSON. */
    static final String OPARL = "/oparl";

    /** Delegating encoder: bcrypt today, and stored hashes name their algorithm for later upgrades. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The response headers of every filter chain (see {@link SecurityHeaders}). In oidc mode a login
     * form may lead on to Keycloak, so the origins of its endpoints join {@code form-action}.
     */
    @Bean
    SecurityHeaders securityHeaders(ObjectProvider<ClientRegistrationRepository> registrations,
            @Value("${portal.security.hsts:false}") boolean hsts) {
        var origins = new ArrayList<URI>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                var provider = ((ClientRegistration) each).getProviderDetails();
                origins.add(URI.create(provider.getAuthorizationUri()));
                if (provider.getIssuerUri() != null) {
                    origins.add(URI.create(provider.getIssuerUri()));
                }
            }
        }
        return new SecurityHeaders(origins, hsts);
    }

    /** Picked up by Spring Security's firewall: refused requests get the same headers (and a bare 400). */
    @Bean
    RequestRejectedHandler requestRejectedHandler(SecurityHeaders headers) {
        return headers.rejectedRequests();
    }

    /**
     * Calendar feeds that calendar programs fetch without a login: the personal feed, whose secret
     * address stands for its owner during that one request, the public feed and the files of single
 * public events. Stateless: no
     * session is read or made, so a browser's login does not count here either, and nothing is
     * changed through these addresses, so there is no form and no CSRF token. Ahead of the chain
     * of the login mode, which requires a login for everything else (downloads under /ical/termine
     * and /ical/serien included).
     */
    @Bean
    @Order(1)
    SecurityFilterChain calendarFeedFilterChain(HttpSecurity http, CalendarTokens tokens) throws Exception {
        return http.securityMatcher(CalendarTokenFilter.PATH + "**", PUBLIC_FEED, PUBLIC_EVENT_FILES)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new CalendarTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .build();
    }

    /**
     * The public catalogue of offers: pages that anyone reads without a login, on a phone too. Like the
     * feeds, stateless: no session is made for a visitor (and a logged-in user's counts for nothing
     * here), no request is saved for after a login, and nothing changes through these addresses (only
     * GET forms), so there is no CSRF token.
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicCatalogueFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(PUBLIC_CATALOGUE, PUBLIC_CATALOGUE + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The open OParl interface (module oparl): JSON for programs, read by anyone without a login. Like
     * the catalogue, stateless: no session, no saved request, no cookie, and nothing changes through it
     * (GET only), so there is no CSRF token.
     */
    @Bean
    @Order(3)
    SecurityFilterChain oparlFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(OPARL + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Load balancers and the container health check ask without a login; the answer is only UP/DOWN.
     * Error answers (e.g. to a request the firewall refused) show their status to anyone rather than
     * sending the visitor to the login page; they name no exception or detail (application.properties).
     */
    static void permitHealthCheckAndErrors(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/error").permitAll());
    }
}
