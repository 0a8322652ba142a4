package de.arbeitsgruppe.portal.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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

    /** Delegating encoder: bcrypt today, and stored hashes name their algorithm for later upgrades. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Calendar feeds that calendar programs fetch without a login: the personal feed, whose secret
     * address stands for its owner during that one request, and the public feed. Stateless: no
     * session is read or made, so a browser's login does not count here either, and nothing is
     * changed through these addresses, so there is no form and no CSRF token. Ahead of the chain
     * of the login mode, which requires a login for everything else (downloads under /ical/termine
     * and /ical/serien included).
     */
    @Bean
    @Order(1)
    SecurityFilterChain calendarFeedFilterChain(HttpSecurity http, CalendarTokens tokens) throws Exception {
        return http.securityMatcher(CalendarTokenFilter.PATH + "**", PUBLIC_FEED)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.deny()))
                .addFilterBefore(new CalendarTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .build();
    }

    /** Load balancers and the container health check ask without a login; the answer is only UP/DOWN. */
    static void permitHealthCheck(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health").permitAll());
    }
}
