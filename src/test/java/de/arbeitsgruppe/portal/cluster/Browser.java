package de.arbeitsgruppe.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * One browser without a browser, talking to one address (a node or the proxy): keeps its cookies,
 * follows no redirect, and logs in through the real login form with the CSRF token its page carries.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    Browser(int port) {
        base = URI.create("http://localhost:" + port);
    }

    /** A client that the proxy has already pinned to this node (it carries the proxy's cookie). */
    Browser pinnedTo(String node) {
        var cookie = new HttpCookie(StickyProxy.COOKIE, node);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
        return this;
    }

    /** The node the proxy pinned this client to, or null. */
    String node() {
        return cookies.getCookieStore().get(base).stream().filter(cookie -> cookie.getName().equals(StickyProxy.COOKIE))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the login page and sends its form; where the portal sends the browser next ("/" or "/login?error"). */
    String logIn(String username, String password) throws IOException, InterruptedException {
        var page = get("/login");
        assertThat(page.statusCode()).as("login page").isEqualTo(200);
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        var form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        var answer = client.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("login answer").isEqualTo(302);
        return path(answer);
    }

    /** Where a redirect leads, without scheme and host: "/", "/login", "/login?error". */
    static String path(HttpResponse<?> answer) {
        return answer.headers().firstValue("Location").map(URI::create)
                .map(target -> target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()))
                .orElse("");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
