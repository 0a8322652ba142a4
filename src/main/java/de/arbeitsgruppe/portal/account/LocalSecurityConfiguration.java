package de.arbeitsgruppe.portal.account;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.arbeitsgruppe.portal.account.internal.Accounts;
import de.arbeitsgruppe.portal.account.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
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
    SecurityFilterChain securityFilterChain(HttpSecurity http, Accounts accounts, RequestUtil vaadinRequests,
            LocalAccountDetails details, PasswordEncoder passwordEncoder, LoginProtection protection,
            AuthenticationEventPublisher loginEvents) throws Exception {
        http.addFilterBefore(new ActiveAccountFilter(accounts), AnonymousAuthenticationFilter.class);
        var logins = new ProviderManager(new ProtectedLogin(passwords(details, passwordEncoder), protection));
        // logins and failed logins reach the audit trail as Spring Security's events
        logins.setAuthenticationEventPublisher(loginEvents);
        http.authenticationManager(logins);
        // the session id changes at login (Spring Security's default, kept); the stamp comes on top
        http.sessionManagement(sessions -> sessions.addSessionAuthenticationStrategy(SessionStamp.atLogin(accounts)));
        SecurityConfiguration.permitHealthCheckAndErrors(http);
        // Vaadin exempts its login address from the CSRF check, so a foreign page could post the
        // attacker's credentials there and log the visitor into the attacker's account (login CSRF).
        // The login form sends the token on its own (Vaadin puts it into the page's _csrf meta tags,
        // vaadin-login-form adds it to the post): only Vaadin's own requests, which carry Vaadin's
        // token, stay exempt.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // The configurer denies addresses that are no route with an empty 403 page; logged-in users
        // should see the portal's "Nicht gefunden" page instead, anonymous ones still go to the login.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout")
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        // The typed name survives a failed login (kept in the session, never in the address). Only
        // after Vaadin's configurer: configurers initialise in the order they were added, and the
        // form login must see Vaadin's login page, or Spring Security generates its own.
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
        return http.build();
    }

    /** The password check alone; it compares a dummy hash for unknown names, so they take as long as known ones. */
    private static DaoAuthenticationProvider passwords(LocalAccountDetails details, PasswordEncoder passwordEncoder) {
        var provider = new DaoAuthenticationProvider(details);
        provider.setPasswordEncoder(passwordEncoder);
        // a deactivated account is refused after the password comparison, not before: otherwise its
        // faster answer would tell that the name exists
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new org.springframework.security.authentication.DisabledException("deactivated");
            }
            if (!user.isAccountNonLocked()) {
                throw new org.springframework.security.authentication.LockedException("locked");
            }
        });
        return provider;
    }
}
