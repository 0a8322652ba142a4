package de.arbeitsgruppe.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No Docker runs on the build machines, so this keeps docker-compose.yml honest instead: its
 * services, ports and variables must match what the application and the realm file expect.
 */
class DockerComposeTest {

    private static final String PRODUCTION_REALM = "keycloak/realm-arbeitsgruppe-production.json";
    private static final String DEMO_REALM = "keycloak/realm-arbeitsgruppe.json";

    private final Map<String, Object> compose = load();
    private final Map<String, Object> services = map(compose.get("services"));

    @Test
    void startsMongoDbKeycloakAndThePortalWithHealthChecks() {
        assertThat(services).containsOnlyKeys("mongodb", "keycloak", "portal");
        assertThat(map(services.get("mongodb"))).containsKey("healthcheck");
        assertThat(map(services.get("keycloak"))).containsKey("healthcheck");
        assertThat(read("src/main/docker/Dockerfile")).contains("HEALTHCHECK", "/actuator/health");
    }

    @Test
    void startsThePortalWithTheAotCacheItsTrainingRunMadeForTheSameJar() {
        var dockerfile = read("src/main/docker/Dockerfile");
        assertThat(dockerfile).contains("-XX:AOTCacheOutput=/app/portal.aot -Dspring.context.exit=onRefresh",
                "-jar /app/portal.jar", "\"-XX:AOTCache=/app/portal.aot\", \"-jar\", \"/app/portal.jar\"");
    }

    @Test
    void runsMongoDbAsTheReplicaSetThePortalConnectsTo() {
        var mongodb = map(services.get("mongodb"));
        var command = String.join(" ", list(mongodb.get("command")));
        var uri = environment("portal").get("SPRING_MONGODB_URI");
        assertThat(command).contains("--replSet rs0");
        assertThat(uri).startsWith("mongodb://mongodb:27017/").contains("replicaSet=rs0");
        assertThat(list(mongodb.get("volumes"))).anyMatch(v -> v.endsWith(":/data/db"));
    }

    @Test
    void pointsThePortalAtTheRealmAndPortOfKeycloak() throws IOException {
        var keycloak = map(services.get("keycloak"));
        var issuer = environment("portal").get("PORTAL_OIDC_ISSUER_URI");
        var command = String.join(" ", list(keycloak.get("command")));
        assertThat(issuer).isEqualTo("${KEYCLOAK_URL:?set KEYCLOAK_URL}/realms/" + realmFile(PRODUCTION_REALM)
                .get("realm").asString());
        assertThat(command).contains("--http-port=8180", "--hostname=${KEYCLOAK_URL:?");
        assertThat(list(keycloak.get("ports"))).contains("127.0.0.1:8180:8180");
        assertThat(list(keycloak.get("volumes")))
                .contains("./" + PRODUCTION_REALM + ":/opt/keycloak/data/import/realm-arbeitsgruppe.json:ro")
                .anyMatch(v -> v.startsWith("keycloak-data:"));
    }

    @Test
    void refusesToStartWithoutRealSecretsAndPublicAddresses() {
        var portal = environment("portal");
        var keycloak = environment("keycloak");
        for (String value : List.of(keycloak.get("KC_BOOTSTRAP_ADMIN_PASSWORD"), keycloak.get("PORTAL_OIDC_CLIENT_SECRET"),
                keycloak.get("PORTAL_BASE_URL"), portal.get("PORTAL_OIDC_CLIENT_SECRET"),
                portal.get("PORTAL_OIDC_ISSUER_URI"))) {
            assertThat(value).matches(".*\\$\\{[A-Z_]+:\\?[^}]+}.*");
        }
        // no default a stranger could know: no ":-" fallback anywhere in the file
        assertThat(read("docker-compose.yml")).doesNotContain(":-", "portal-dev-secret", "admin-Passwort");
    }

    @Test
    void runsKeycloakInProductionModeBehindATlsProxy() {
        var command = list(map(services.get("keycloak")).get("command"));
        assertThat(command.getFirst()).isEqualTo("start");
        assertThat(command).doesNotContain("start-dev")
                .contains("--http-enabled=true", "--proxy-headers=xforwarded", "--import-realm");
        // the prod profile's "native" strategy: forwarded headers only from the proxy's own connection
        assertThat(environment("portal")).doesNotContainKey("SERVER_FORWARD_HEADERS_STRATEGY");
    }

    @Test
    void publishesItsPortsOnTheLoopbackInterfaceOnly() {
        for (var service : services.values()) {
            var ports = map(service).get("ports");
            if (ports != null) {
                assertThat(list(ports)).allMatch(port -> port.startsWith("127.0.0.1:"));
            }
        }
        assertThat(list(map(services.get("keycloak")).get("ports"))).noneMatch(port -> port.contains("9000"));
    }

    @Test
    void importsARealmWithoutDemoUsersAndKeepsTheDemoRealmForTrials() throws IOException {
        var production = realmFile(PRODUCTION_REALM);
        var demo = realmFile(DEMO_REALM);
        assertThat(production.has("users")).isFalse();
        assertThat(production.has("organizations")).isFalse();
        assertThat(demo.get("users").size()).isPositive();
        assertThat(production.get("roles")).isEqualTo(demo.get("roles"));
        assertThat(production.get("sslRequired").asString()).isEqualTo("external");
        var productionClient = portalClient(production).toString();
        assertThat(productionClient).doesNotContain("portal-dev-secret", "localhost")
                .isEqualTo(portalClient(demo).toString()
                        .replace("${PORTAL_OIDC_CLIENT_SECRET:portal-dev-secret}", "${PORTAL_OIDC_CLIENT_SECRET}")
                        .replace("${PORTAL_BASE_URL:http://localhost:8080}", "${PORTAL_BASE_URL}"));
    }

    @Test
    void givesThePortalAndKeycloakTheSameClientSecretAndBaseUrl() throws IOException {
        var client = portalClient(realmFile(PRODUCTION_REALM));
        var portal = environment("portal");
        var keycloak = environment("keycloak");
        assertThat(portal.get("PORTAL_OIDC_CLIENT_ID")).isEqualTo("portal");
        assertThat(client.get("secret").asString()).isEqualTo("${PORTAL_OIDC_CLIENT_SECRET}");
        assertThat(keycloak.get("PORTAL_OIDC_CLIENT_SECRET")).startsWith("${PORTAL_OIDC_CLIENT_SECRET:?");
        assertThat(portal.get("PORTAL_OIDC_CLIENT_SECRET")).startsWith("${PORTAL_OIDC_CLIENT_SECRET:?");
        assertThat(client.get("redirectUris").get(0).asString()).startsWith("${PORTAL_BASE_URL}/");
        assertThat(keycloak.get("PORTAL_BASE_URL")).startsWith("${PORTAL_BASE_URL:?");
    }

    @Test
    void setsOnlyVariablesTheApplicationReads() throws IOException {
        var portal = environment("portal");
        var oidc = properties("src/main/resources/application-oidc.properties");
        assertThat(portal.get("SPRING_PROFILES_ACTIVE").split(",")).containsExactlyInAnyOrder("prod", "oidc");
        assertThat(Files.exists(Path.of("src/main/resources/application-prod.properties"))).isTrue();
        for (String variable : List.of("PORTAL_OIDC_ISSUER_URI", "PORTAL_OIDC_CLIENT_ID", "PORTAL_OIDC_CLIENT_SECRET")) {
            assertThat(oidc.values()).as(variable).anyMatch(value -> value.toString().contains("${" + variable + ":"));
        }
        // Spring Boot binds SPRING_MONGODB_URI and SERVER_PORT to spring.mongodb.uri and server.port
        assertThat(portal).containsKeys("SPRING_MONGODB_URI", "SERVER_PORT");
        assertThat(map(services.get("portal")).get("network_mode")).isEqualTo("service:keycloak");
        assertThat(list(map(services.get("keycloak")).get("ports")))
                .contains("127.0.0.1:" + portal.get("SERVER_PORT") + ":8080");
    }

    private Map<String, String> environment(String service) {
        Map<String, Object> environment = map(map(services.get(service)).get("environment"));
        return environment.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }

    private static JsonNode realmFile(String file) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(Path.of(file)));
    }

    private static JsonNode portalClient(JsonNode realm) {
        return StreamSupport.stream(realm.get("clients").spliterator(), false)
                .filter(client -> "portal".equals(client.get("clientId").asString())).findFirst().orElseThrow();
    }

    private static Properties properties(String file) throws IOException {
        var properties = new Properties();
        try (var reader = Files.newBufferedReader(Path.of(file))) {
            properties.load(reader);
        }
        return properties;
    }

    private static Map<String, Object> load() {
        return new Yaml().load(read("docker-compose.yml"));
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return ((List<Object>) value).stream().map(String::valueOf).toList();
    }
}
