package de.arbeitsgruppe.portal.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What both login modes share. The filter chain comes from {@link LocalSecurityConfiguration}
 * ({@code portal.auth=local}, the default) or {@link OidcSecurityConfiguration} ({@code oidc}).
 * Views declare who may open them ({@code @RolesAllowed} …), services declare it again
 * ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** Delegating encoder: bcrypt today, and stored hashes name their algorithm for later upgrades. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Load balancers and the container health check ask without a login; the answer is only UP/DOWN. */
    static void permitHealthCheck(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health").permitAll());
    }
}
