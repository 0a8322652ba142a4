package de.arbeitsgruppe.portal.oparl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the interface as a program outside would be: no cookies kept, the ids under the
 * configured public base address, which the test maps onto the server's local port.
 */
final class OParlHttp {

    static final String BASE = "https://oparl.example.org";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final HttpClient client = HttpClient.newHttpClient();

    OParlHttp(int port) {
        this.port = port;
    }

    HttpResponse<byte[]> get(String url) {
        if (!url.startsWith(BASE)) {
            throw new IllegalArgumentException("not an address of the interface: " + url);
        }
        var local = URI.create("http://localhost:" + port + url.substring(BASE.length()));
        try {
            return client.send(HttpRequest.newBuilder(local).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode json(String url) {
        var response = get(url);
        if (response.statusCode() != 200) {
            throw new AssertionError(url + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(response.body());
    }

    static String url(String path) {
        return BASE + "/oparl/v1/" + path;
    }

    /**
     * A request with a Host header of its own choosing, which Java's HTTP client does not send: the
     * raw HTTP/1.1 exchange, its body after the headers.
     */
    String withHost(String path, String host) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            var answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return answer;
        }
    }
}
