package de.arbeitsgruppe.portal.account;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Just enough of a Keycloak realm on a free localhost port for the portal's {@code oidc} mode:
 * discovery, JWK set and a token endpoint that answers with an ID token carrying the claims a test
 * sets (and the same claims from userinfo), or refuses refreshes as Keycloak does for a disabled user. No browser login page: tests
 * call the portal's callback themselves.
 */
final class FakeKeycloak implements AutoCloseable {

    static final String REALM_PATH = "/realms/arbeitsgruppe";
    static final String CLIENT_ID = "portal";

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private volatile Map<String, Object> nextLoginClaims = Map.of();
    private volatile String nextNonce;
    private final AtomicBoolean refusesRefresh = new AtomicBoolean();
    final AtomicInteger refreshes = new AtomicInteger();

    FakeKeycloak() {
        try {
            key = new RSAKeyGenerator(2048).keyID("fake-keycloak").generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
        server.createContext(REALM_PATH + "/.well-known/openid-configuration", exchange -> json(exchange, 200, discovery()));
        server.createContext(REALM_PATH + "/protocol/openid-connect/certs",
                exchange -> json(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject()));
        server.createContext(REALM_PATH + "/protocol/openid-connect/token", this::token);
        // Keycloak's userinfo carries the same claims as the ID token (roles and organization mappers on both)
        server.createContext(REALM_PATH + "/protocol/openid-connect/userinfo", exchange -> json(exchange, 200, nextLoginClaims));
        server.start();
    }

    String issuer() {
        return issuer;
    }

    String endpoint(String name) {
        return issuer + "/protocol/openid-connect/" + name;
    }

    /** The claims of the next code exchange, and the nonce the portal sent with its authorization request. */
    void nextLogin(Map<String, Object> claims, String nonce) {
        nextLoginClaims = Map.copyOf(claims);
        nextNonce = nonce;
    }

    /** Other claims for the tokens of the next refresh, as when the user is changed in Keycloak meanwhile. */
    void changeClaims(Map<String, Object> claims) {
        nextLoginClaims = Map.copyOf(claims);
    }

    void refuseRefreshes(boolean refuse) {
        refusesRefresh.set(refuse);
    }

    private Map<String, Object> discovery() {
        var metadata = new LinkedHashMap<String, Object>();
        metadata.put("issuer", issuer);
        metadata.put("authorization_endpoint", endpoint("auth"));
        metadata.put("token_endpoint", endpoint("token"));
        metadata.put("userinfo_endpoint", endpoint("userinfo"));
        metadata.put("jwks_uri", endpoint("certs"));
        metadata.put("end_session_endpoint", endpoint("logout"));
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("code_challenge_methods_supported", List.of("plain", "S256"));
        metadata.put("scopes_supported", List.of("openid", "profile", "email", "organization"));
        return metadata;
    }

    private void token(HttpExchange exchange) throws IOException {
        var form = Arrays.stream(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "",
                        StandardCharsets.UTF_8), (a, b) -> b));
        if ("refresh_token".equals(form.get("grant_type"))) {
            refreshes.incrementAndGet();
            if (refusesRefresh.get()) {
                json(exchange, 400, Map.of("error", "invalid_grant", "error_description", "Account disabled"));
                return;
            }
        } else if (!"authorization_code".equals(form.get("grant_type")) || form.get("code_verifier") == null) {
            json(exchange, 400, Map.of("error", "invalid_request", "error_description", "PKCE verifier missing"));
            return;
        }
        var response = new LinkedHashMap<String, Object>();
        response.put("access_token", "access-" + System.nanoTime());
        response.put("token_type", "Bearer");
        response.put("expires_in", 300);
        response.put("refresh_token", "refresh-" + System.nanoTime());
        response.put("scope", "openid organization");
        response.put("id_token", idToken());
        json(exchange, 200, response);
    }

    private String idToken() {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(CLIENT_ID)
                .issueTime(java.util.Date.from(now))
                .expirationTime(java.util.Date.from(now.plusSeconds(300)))
                .claim("azp", CLIENT_ID);
        if (nextNonce != null) {
            claims.claim("nonce", nextNonce);
        }
        new HashMap<>(nextLoginClaims).forEach(claims::claim);
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        var bytes = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
