package de.arbeitsgruppe.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** One browser without a browser: keeps its cookies, follows no redirect, logs in through the form. */
public final class PortalHttp {

    static final String PASSWORD = "Passwort-123";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    public PortalHttp(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the login form with the token the login page handed out, as the browser does. */
    public PortalHttp loggedInAs(String username) throws IOException, InterruptedException {
        var page = get("/login");
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("CSRF token on the login page (production build)").isTrue();
        var login = postLogin("username=" + encode(username) + "&password=" + encode(PASSWORD)
                + "&_csrf=" + encode(csrf.group(1)));
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(target ->
                assertThat(target).doesNotContain("login"));
        return this;
    }

    HttpResponse<String> postLogin(String form, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
