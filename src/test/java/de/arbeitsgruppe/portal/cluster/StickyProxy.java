package de.arbeitsgruppe.portal.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load balancer in front of the nodes, as small as nginx's {@code sticky cookie} or HAProxy's
 * {@code cookie SERVERID insert}: a new client goes to the next node in turn and gets a cookie
 * naming it, a client with the cookie stays on its node (where its Vaadin session lives), and the
 * clients of a node that is down (told so, or refusing connections) go to another node, with the
 * cookie set anew. It appends the client's address to {@code X-Forwarded-For}, as nginx's
 * {@code proxy_add_x_forwarded_for} does, so login protection counts the client, not the proxy.
 */
final class StickyProxy implements AutoCloseable {

    static final String COOKIE = "PORTAL_NODE";
    /** Headers the JDK client sets itself, and hop-by-hop headers that a proxy does not pass on. */
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection", "http2-settings",
            "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "forwarded");
    private static final Set<String> NOT_RETURNED = Set.of("connection", "content-length", "transfer-encoding",
            "keep-alive", ":status");

    private final Map<String, Integer> nodes;
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final AtomicInteger turn = new AtomicInteger();
    private final List<String> assigned = new ArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final HttpServer server;

    /** @param nodes each node's name (the cookie's value) and its port on 127.0.0.1 */
    StickyProxy(Map<String, Integer> nodes) throws IOException {
        this.nodes = new LinkedHashMap<>(nodes);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** From now on the node gets no requests, as after a failed health check. */
    void down(String node) {
        down.add(node);
    }

    /** The node each client was given, in order: new clients, and those of a node that went down. */
    synchronized List<String> assigned() {
        return List.copyOf(assigned);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            forward(exchange);
        } catch (IOException | RuntimeException e) {
            // the HTTP server would drop it silently and close the connection
            System.err.println("StickyProxy: " + exchange.getRequestMethod() + " " + exchange.getRequestURI()
                    + " failed: " + e);
            throw e;
        }
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            var body = exchange.getRequestBody().readAllBytes();
            var pinned = pinnedNode(exchange);
            var node = pinned != null && nodes.containsKey(pinned) && !down.contains(pinned) ? pinned : nextNode();
            HttpResponse<byte[]> answer = null;
            while (answer == null) {
                if (node == null) {
                    exchange.sendResponseHeaders(502, -1);
                    return;
                }
                try {
                    answer = client.send(forwarded(exchange, node, body), HttpResponse.BodyHandlers.ofByteArray());
                } catch (IOException failed) {
                    // refused: the node is gone; a GET on a kept connection that the stopping node closed: the
                    // same. Like nginx's proxy_next_upstream, nothing else is sent twice.
                    var idempotent = List.of("GET", "HEAD").contains(exchange.getRequestMethod());
                    if (!(failed instanceof ConnectException) && !idempotent) {
                        throw failed;
                    }
                    down(node);
                    node = nextNode();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    exchange.sendResponseHeaders(502, -1);
                    return;
                }
            }
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_RETURNED.contains(name.toLowerCase())) {
                    exchange.getResponseHeaders().put(name, new ArrayList<>(values));
                }
            });
            if (!node.equals(pinned)) {
                exchange.getResponseHeaders().add("Set-Cookie",
                        COOKIE + "=" + node + "; Path=/; HttpOnly; SameSite=Lax");
            }
            var bytes = answer.body();
            var empty = bytes.length == 0 || "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(answer.statusCode(), empty ? -1 : bytes.length);
            if (!empty) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }

    private HttpRequest forwarded(HttpExchange exchange, String node, byte[] body) {
        var target = URI.create("http://127.0.0.1:" + nodes.get(node) + exchange.getRequestURI());
        var request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        var client = exchange.getRemoteAddress().getAddress().getHostAddress();
        var earlier = exchange.getRequestHeaders().getFirst("X-Forwarded-For");
        request.header("X-Forwarded-For", earlier == null ? client : earlier + ", " + client);
        request.header("X-Forwarded-Proto", "http");
        var host = exchange.getRequestHeaders().getFirst("Host");
        if (host != null) {
            request.header("X-Forwarded-Host", host);
        }
        return request.build();
    }

    private static String pinnedNode(HttpExchange exchange) {
        for (var header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (var cookie : header.split(";")) {
                var pair = cookie.strip().split("=", 2);
                if (pair.length == 2 && pair[0].equals(COOKIE)) {
                    return pair[1];
                }
            }
        }
        return null;
    }

    /** The next node that is up, in turn; null when none is. */
    private synchronized String nextNode() {
        var names = new ArrayList<>(nodes.keySet());
        for (int i = 0; i < names.size(); i++) {
            var candidate = names.get(Math.floorMod(turn.getAndIncrement(), names.size()));
            if (!down.contains(candidate)) {
                assigned.add(candidate);
                return candidate;
            }
        }
        return null;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        client.close();
    }
}
