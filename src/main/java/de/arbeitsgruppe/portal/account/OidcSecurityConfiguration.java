package de.arbeitsgruppe.portal.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.arbeitsgruppe.portal.account.internal.Accounts;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
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
        SecurityConfiguration.permitHealthCheckAndErrors(http);
        http.oauth2Login(login -> login
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(
                        new PortalOidcUserService(new OidcUserService(), accountManagement, organisations, properties)))
                .failureHandler(new NoAccessFailureHandler(registrations, REGISTRATION_ID)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .oauth2LoginPage("/" + properties.loginPath(), "{baseUrl}/abgemeldet")
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /** Tokens live in the HTTP session and end with it, instead of in a map of the whole node. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Only refreshes: a login that has no tokens (any more) is not silently started again here. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClientRepository) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClientRepository);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().refreshToken().build());
        return manager;
    }
}
