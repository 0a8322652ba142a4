package de.arbeitsgruppe.portal.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.arbeitsgruppe.portal.account.internal.Accounts;
import de.arbeitsgruppe.portal.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Local login through the portal's own login page. Views declare who may open them
 * ({@code @RolesAllowed} …), services declare it again ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Accounts accounts) throws Exception {
        http.addFilterBefore(new ActiveAccountFilter(accounts), AnonymousAuthenticationFilter.class);
        http.headers(headers -> headers.frameOptions(frame -> frame.deny()));
        // The configurer denies addresses that are no route with an empty 403 page; logged-in users
        // should see the portal's "Nicht gefunden" page instead, anonymous ones still go to the login.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout")
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /** Delegating encoder: bcrypt today, and stored hashes name their algorithm for later upgrades. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
