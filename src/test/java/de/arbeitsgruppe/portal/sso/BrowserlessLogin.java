package de.arbeitsgruppe.portal.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Walks Keycloak's login pages like a browser would, without one: authorization request with PKCE,
 * username page, password page, redirect with the code. Keeps cookies itself because Keycloak marks
 * them {@code Secure; SameSite=None} even on http://localhost, which {@link java.net.CookieManager}
 * drops.
 */
final class BrowserlessLogin {

    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String issuer;
    private final String clientId;
    private final String redirectUri;
    private final String codeVerifier = randomToken();

    BrowserlessLogin(String issuer, String clientId, String redirectUri) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    /** The authorization request; with a live SSO session Keycloak answers with the redirect at once. */
    HttpResponse<String> authorize() {
        return get(issuer + "/protocol/openid-connect/auth?response_type=code&scope=openid&state=portal"
                + "&client_id=" + encode(clientId) + "&redirect_uri=" + encode(redirectUri)
                + "&code_challenge_method=S256&code_challenge=" + codeChallenge());
    }

    /** Submits the form of a login page (username page, then password page). */
    HttpResponse<String> submit(HttpResponse<String> page, String field, String value) {
        var action = FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("No login form on the page: " + page.body());
        }
        String url = action.group(1).replace("&amp;", "&");
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(field + "=" + encode(value))));
    }

    /** Username page, password page; returns Keycloak's answer to the password (a redirect on success). */
    HttpResponse<String> logIn(String username, String password) {
        var usernamePage = authorize();
        var passwordPage = submit(usernamePage, "username", username);
        return submit(passwordPage, "password", password);
    }

    String codeVerifier() {
        return codeVerifier;
    }

    boolean hasCookie(String name) {
        return cookies.containsKey(name);
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
        }
        try {
            var response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(this::remember);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        String name = pair.substring(0, equals).trim();
        String value = pair.substring(equals + 1).trim();
        if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private String codeChallenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
