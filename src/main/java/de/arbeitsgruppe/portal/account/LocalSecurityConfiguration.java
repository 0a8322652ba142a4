package de.arbeitsgruppe.portal.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.arbeitsgruppe.portal.account.internal.Accounts;
import de.arbeitsgruppe.portal.account.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/** Local login through the portal's own login page: {@code portal.auth=local}, the default. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.auth", havingValue = "local", matchIfMissing = true)
class LocalSecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Accounts accounts) throws Exception {
        http.addFilterBefore(new ActiveAccountFilter(accounts), AnonymousAuthenticationFilter.class);
        SecurityConfiguration.permitHealthCheckAndErrors(http);
        // The configurer denies addresses that are no route with an empty 403 page; logged-in users
        // should see the portal's "Nicht gefunden" page instead, anonymous ones still go to the login.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout")
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }
}
