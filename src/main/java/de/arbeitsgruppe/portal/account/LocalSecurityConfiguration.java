package de.arbeitsgruppe.portal.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.arbeitsgruppe.portal.account.internal.Accounts;
import de.arbeitsgruppe.portal.account.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Local login through the portal's own login page: {@code portal.auth=local}, the default. The
 * password check sits inside {@link ProtectedLogin}, the only authentication provider of this chain,
 * so no other provider could check a password of a locked account behind its back.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.auth", havingValue = "local", matchIfMissing = true)
class LocalSecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Accounts accounts, LocalAccountDetails details,
            PasswordEncoder passwordEncoder, LoginProtection protection) throws Exception {
        http.addFilterBefore(new ActiveAccountFilter(accounts), AnonymousAuthenticationFilter.class);
        http.headers(headers -> headers.frameOptions(frame -> frame.deny()));
        http.authenticationManager(new ProviderManager(new ProtectedLogin(passwords(details, passwordEncoder), protection)));
        // the session id changes at login (Spring Security's default, kept); the stamp comes on top
        http.sessionManagement(sessions -> sessions.addSessionAuthenticationStrategy(SessionStamp.atLogin(accounts)));
        SecurityConfiguration.permitHealthCheck(http);
        // The configurer denies addresses that are no route with an empty 403 page; logged-in users
        // should see the portal's "Nicht gefunden" page instead, anonymous ones still go to the login.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout")
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /** The password check alone; it compares a dummy hash for unknown names, so they take as long as known ones. */
    private static DaoAuthenticationProvider passwords(LocalAccountDetails details, PasswordEncoder passwordEncoder) {
        var provider = new DaoAuthenticationProvider(details);
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }
}
