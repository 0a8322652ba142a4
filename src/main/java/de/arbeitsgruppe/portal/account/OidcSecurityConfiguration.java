package de.arbeitsgruppe.portal.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.arbeitsgruppe.portal.account.internal.Accounts;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizedClientRefreshedEventListener;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Single sign-on through Keycloak ({@code portal.auth=oidc}, profile {@code oidc}): no local login
 * page, every login goes to the client registration {@value #REGISTRATION_ID}. Authorization code
 * with PKCE (S256): Spring Security 7 sends it for confidential clients too, because
 * {@code ClientRegistration.ClientSettings.requireProofKey} is true by default (checked by
 * {@code OidcModeIT}). Logout ends the Keycloak session too (RP-initiated logout).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.auth", havingValue = "oidc")
class OidcSecurityConfiguration {

    static final String REGISTRATION_ID = "keycloak";

    @Bean
    SecurityFilterChain oidcSecurityFilterChain(HttpSecurity http, Accounts accounts, PortalProperties properties,
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientManager authorizedClients,
            AccountManagement accountManagement, OrganisationManagement organisations) throws Exception {
        http.addFilterBefore(new TokenRefreshFilter(authorizedClients), AnonymousAuthenticationFilter.class);
        http.addFilterBefore(new ActiveAccountFilter(accounts), AnonymousAuthenticationFilter.class);
        http.sessionManagement(sessions -> sessions.addSessionAuthenticationStrategy(SessionStamp.atLogin(accounts)));
        SecurityConfiguration.permitHealthCheckAndErrors(http);
        http.oauth2Login(login -> login
                .withObjectPostProcessor(new ObjectPostProcessor<OidcAuthorizedClientRefreshedEventListener>() {
                    @Override
                    public <O extends OidcAuthorizedClientRefreshedEventListener> O postProcess(O listener) {
                        listener.setSecurityContextHolderStrategy(new CurrentContextHolderStrategy());
                        return listener;
                    }
                })
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(
                        new PortalOidcUserService(new OidcUserService(), accountManagement, organisations, properties)))
                .failureHandler(new NoAccessFailureHandler(registrations, REGISTRATION_ID)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .oauth2LoginPage("/" + properties.loginPath(), "{baseUrl}/abgemeldet")
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /**
     * Spring Security's listener for refreshed logins takes the context holder strategy in force when
     * it is made, before Vaadin installs its own; it would find no login and skip every refresh. This
     * one asks for the strategy in force at each call.
     */
    private static final class CurrentContextHolderStrategy implements SecurityContextHolderStrategy {

        @Override
        public void clearContext() {
            SecurityContextHolder.clearContext();
        }

        @Override
        public SecurityContext getContext() {
            return SecurityContextHolder.getContext();
        }

        @Override
        public Supplier<SecurityContext> getDeferredContext() {
            return SecurityContextHolder.getDeferredContext();
        }

        @Override
        public void setContext(SecurityContext context) {
            SecurityContextHolder.setContext(context);
        }

        @Override
        public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
            SecurityContextHolder.setDeferredContext(deferredContext);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return SecurityContextHolder.createEmptyContext();
        }
    }

    /** Tokens live in the HTTP session and end with it, instead of in a map of the whole node. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /**
     * Only refreshes: a login that has no tokens (any more) is not silently started again here. Each
     * refresh is published, so that Spring Security's listener for refreshed OIDC logins checks the
     * new ID token and passes it through {@link PortalOidcUserService}: the roles of each refreshed
     * token reach the account and the session, not only those of the login.
     */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClientRepository, ApplicationEventPublisher events) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClientRepository);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .refreshToken(refresh -> refresh.eventPublisher(events)).build());
        return manager;
    }
}
