package de.arbeitsgruppe.portal.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak from the Maven Central distribution for tests, without Docker. Use
 * {@link #shared()}: one server per test JVM, started on free ports, stopped when the JVM ends.
 *
 * <p>The distribution is unpacked once into {@code ~/.cache/koordinierungsportal/}. The first start
 * imports {@code keycloak/realm-arbeitsgruppe.json} and keeps the resulting H2 database as a
 * snapshot (keyed by the realm file's hash); every later start copies that snapshot into
 * {@code target/keycloak/} and skips import and schema creation. Output goes to
 * {@code target/keycloak.log}.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String VERSION = System.getProperty("keycloak.version", "26.7.3");
    public static final String REALM = "arbeitsgruppe";
    /** Master-realm admin of the test server only, created through KC_BOOTSTRAP_ADMIN_*. */
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    /** Development default of the realm file's {@code ${PORTAL_OIDC_CLIENT_SECRET:...}}. */
    public static final String PORTAL_CLIENT_ID = "portal";
    public static final String PORTAL_CLIENT_SECRET = "portal-dev-secret";
    /** Public direct-grant client of the test overlay. */
    public static final String TEST_CLIENT_ID = "portal-test";

    static final Path REALM_FILE = Path.of("keycloak", "realm-arbeitsgruppe.json");
    static final Path TEST_OVERLAY = Path.of("keycloak", "test-overlay", "portal-test-client.json");
    private static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "koordinierungsportal");
    private static final Path LOG = Path.of("target", "keycloak.log");
    private static final String JAVA_OPTS =
            "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -Xms64m -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private static KeycloakServer shared;

    private final int port;
    private final int managementPort;
    private final Process process;
    private final boolean cold;
    private double startSeconds;
    private final KeycloakAdmin admin = new KeycloakAdmin(this);

    private KeycloakServer(int port, int managementPort, Process process, boolean cold) {
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.cold = cold;
    }

    /** The server of this test JVM, started on first use and stopped by a shutdown hook. */
    public static synchronized KeycloakServer shared() {
        if (shared == null) {
            try {
                Files.deleteIfExists(LOG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "keycloak-stop"));
        }
        return shared;
    }

    /** Starts a server of its own; the caller closes it. */
    public static KeycloakServer start() {
        if (Runtime.version().feature() < 21) {
            throw new IllegalStateException("Keycloak " + VERSION + " needs a JDK 21 or newer to run the tests");
        }
        long begin = System.nanoTime();
        try {
            Files.createDirectories(CACHE);
            Files.createDirectories(LOG.getParent());
            Path home = CACHE.resolve("keycloak-" + VERSION);
            Path snapshot = CACHE.resolve("keycloak-" + VERSION + "-snapshots").resolve(realmHash())
                    .resolve("keycloakdb.mv.db");
            boolean cold;
            // several worktrees may share the cache: one of them unpacks and imports, the others wait
            try (var lockChannel = FileChannel.open(CACHE.resolve("keycloak-" + VERSION + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    var lock = lockChannel.lock()) {
                cold = !Files.exists(snapshot);
                if (!Files.isExecutable(home.resolve("bin").resolve("kc.sh"))) {
                    Unzip.distribution(distributionZip(), home);
                }
                if (cold) {
                    createSnapshot(home, snapshot);
                }
            }
            int port = freePort();
            int managementPort = freePort();
            // a copy of the snapshot per server: what tests change is gone with the next start
            Path runDirectory = Path.of("target", "keycloak", String.valueOf(port)).toAbsolutePath();
            Unzip.deleteRecursively(runDirectory);
            Files.createDirectories(runDirectory);
            Files.copy(snapshot, runDirectory.resolve("keycloakdb.mv.db"));
            Process process = launch(home, port, managementPort, runDirectory, false);
            var server = new KeycloakServer(port, managementPort, process, cold);
            server.awaitReady();
            server.startSeconds = (System.nanoTime() - begin) / 1e9;
            System.out.printf("Keycloak %s ready on port %d after %.1f s (%s start%s)%n", VERSION, port,
                    server.startSeconds, cold ? "cold" : "warm",
                    cold ? ": unpack, build, realm import, snapshot, restart" : ": database snapshot");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the realm into a fresh database, stops the server cleanly and keeps the database. */
    private static void createSnapshot(Path home, Path snapshot) throws IOException {
        Path staging = Files.createTempDirectory(CACHE, "keycloak-import-");
        Path importDirectory = home.resolve("data").resolve("import");
        Files.createDirectories(importDirectory);
        try (var old = Files.list(importDirectory)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Files.copy(REALM_FILE, importDirectory.resolve(REALM_FILE.getFileName()));
        int port = freePort();
        int managementPort = freePort();
        Process process = launch(home, port, managementPort, staging, true);
        var server = new KeycloakServer(port, managementPort, process, true);
        try {
            server.awaitReady();
        } finally {
            server.close();
            Files.deleteIfExists(importDirectory.resolve(REALM_FILE.getFileName()));
        }
        Files.createDirectories(snapshot.getParent());
        Files.move(staging.resolve("keycloakdb.mv.db"), snapshot, StandardCopyOption.ATOMIC_MOVE);
        Unzip.deleteRecursively(staging);
    }

    private static Process launch(Path home, int port, int managementPort, Path database, boolean importRealm)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-management-port=" + managementPort, "--health-enabled=true",
                "--db-url=jdbc:h2:file:" + database.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE"));
        if (importRealm) {
            command.add("--import-realm");
        }
        var builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("KEYCLOAK_")
                || name.startsWith("PORTAL_") || name.startsWith("JAVA_OPTS"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS", JAVA_OPTS + " -Dquarkus.transaction-manager.object-store.directory="
                + database.resolve("transaction-logs"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // the realm file's placeholders: pinned so that the snapshot always holds the defaults
        env.put("PORTAL_BASE_URL", "http://localhost:8080");
        env.put("PORTAL_OIDC_CLIENT_SECRET", PORTAL_CLIENT_SECRET);
        Files.writeString(LOG, "%n=== %s%n".formatted(String.join(" ", command)), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return builder.start();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String discovery = issuerUri() + "/.well-known/openid-configuration";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ", see " + LOG);
            }
            if (KeycloakHttp.answers(discovery)) {
                return;
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException("Keycloak not ready after " + START_TIMEOUT + ", see " + LOG);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** What the portal configures as {@code spring.security.oauth2.client.provider.keycloak.issuer-uri}. */
    public String issuerUri() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String healthUri() {
        return "http://localhost:" + managementPort + "/health/ready";
    }

    public int port() {
        return port;
    }

    public double startSeconds() {
        return startSeconds;
    }

    public boolean coldStart() {
        return cold;
    }

    /** The admin REST API of realm {@code arbeitsgruppe}, as the master admin. */
    public KeycloakAdmin admin() {
        return admin;
    }

    /** Token response of the overlay's direct-grant client (scope openid): id_token, access_token … */
    public HttpResponse<String> passwordGrant(String username, String password) {
        admin.applyTestOverlay();
        return KeycloakHttp.post(issuerUri() + "/protocol/openid-connect/token", KeycloakHttp.form(Map.of(
                "grant_type", "password", "client_id", TEST_CLIENT_ID, "username", username, "password", password,
                "scope", "openid")));
    }


    /** Stops Keycloak (SIGTERM to the script and its JVM, so H2 closes cleanly; forcibly after 30 s). */
    @Override
    public synchronized void close() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (tree.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            sleep(100);
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static Path distributionZip() {
        String configured = System.getProperty("keycloak.dist.zip");
        Path zip = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                        "keycloak-quarkus-dist", VERSION, "keycloak-quarkus-dist-" + VERSION + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip
                    + " (it is a test dependency in pom.xml; run the tests through ./mvnw)");
        }
        return zip;
    }

    private static String realmHash() throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(REALM_FILE));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
