package de.arbeitsgruppe.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
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
        var issuer = URI.create(environment("portal").get("PORTAL_OIDC_ISSUER_URI"));
        var realm = realmFile();
        assertThat(issuer.getPath()).isEqualTo("/realms/" + realm.get("realm").asString());
        assertThat(String.join(" ", list(keycloak.get("command")))).contains("--http-port=" + issuer.getPort());
        assertThat(list(keycloak.get("ports"))).contains(issuer.getPort() + ":" + issuer.getPort());
        assertThat(list(keycloak.get("volumes")))
                .contains("./keycloak/realm-arbeitsgruppe.json:/opt/keycloak/data/import/realm-arbeitsgruppe.json:ro")
                .anyMatch(v -> v.startsWith("keycloak-data:"));
    }

    @Test
    void givesThePortalAndKeycloakTheSameClientSecretAndBaseUrl() throws IOException {
        var portalClient = StreamSupport.stream(realmFile().get("clients").spliterator(), false)
                .filter(client -> "portal".equals(client.get("clientId").asString())).findFirst().orElseThrow();
        var realmSecretDefault = placeholderDefault(portalClient.get("secret").asString());
        var portal = environment("portal");
        var keycloak = environment("keycloak");
        assertThat(portal.get("PORTAL_OIDC_CLIENT_ID")).isEqualTo("portal");
        assertThat(composeDefault(portal.get("PORTAL_OIDC_CLIENT_SECRET"))).isEqualTo(realmSecretDefault);
        assertThat(composeDefault(keycloak.get("PORTAL_OIDC_CLIENT_SECRET"))).isEqualTo(realmSecretDefault);
        assertThat(composeDefault(keycloak.get("PORTAL_BASE_URL")))
                .isEqualTo("http://localhost:" + portal.get("SERVER_PORT"));
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
        assertThat(list(map(services.get("keycloak")).get("ports"))).contains(portal.get("SERVER_PORT") + ":8080");
    }

    private Map<String, String> environment(String service) {
        Map<String, Object> environment = map(map(services.get(service)).get("environment"));
        return environment.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }

    /** "${VAR:-value}" (compose) → value */
    private static String composeDefault(String value) {
        return value.substring(value.indexOf(":-") + 2, value.lastIndexOf('}'));
    }

    /** "${VAR:value}" (Keycloak import) → value */
    private static String placeholderDefault(String value) {
        return value.substring(value.indexOf(':') + 1, value.lastIndexOf('}'));
    }

    private static JsonNode realmFile() throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(Path.of("keycloak/realm-arbeitsgruppe.json")));
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
