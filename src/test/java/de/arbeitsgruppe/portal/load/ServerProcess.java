package de.arbeitsgruppe.portal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The production jar started as an operator starts it ({@code java -jar}), in a process of its own,
 * optionally pinned to one core with {@code taskset}; with the figures an operator asks for: start-up
 * time, resident memory, and the live heap after a full GC ({@code jcmd GC.class_histogram}).
 */
final class ServerProcess implements AutoCloseable {

    // "Started PortalApplication in 6.1 seconds (process running for 6.8)": the second figure includes the
    // JVM's own start, which an operator waits for too (Spring Boot leaves it out where the JVM cannot tell)
    private static final Pattern STARTED = Pattern.compile(
            "Started PortalApplication in ([0-9.]+) seconds(?: \\(process running for ([0-9.]+)\\))?");
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");
    static final Path JAVA = Path.of(System.getProperty("java.home"), "bin");

    private final Process process;
    private final Path log;
    private final int port;
    private double startupSeconds;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** The jar {@code ./mvnw package} built, on this data directory; {@code core} ≥ 0 pins it to that core. */
    static ServerProcess start(Path dataDirectory, int port, int core, List<String> jvmOptions) {
        return start(productionJar(), port, core, jvmOptions, List.of("--portal.data-directory=" + dataDirectory.toAbsolutePath()));
    }

    /** The given jar (e.g. an extracted one) with these JVM options, on this data directory. */
    static ServerProcess start(Path jar, Path dataDirectory, int port, List<String> jvmOptions) {
        return start(jar, port, -1, jvmOptions, List.of("--portal.data-directory=" + dataDirectory.toAbsolutePath()));
    }

    /** The jar on a database server that runs in a process of its own ({@link StandaloneDatabase}). */
    static ServerProcess startOnDatabase(String mongoUri, int port, List<String> jvmOptions) {
        return start(productionJar(), port, -1, jvmOptions, List.of("--spring.mongodb.uri=" + mongoUri));
    }

    private static ServerProcess start(Path jar, int port, int core, List<String> jvmOptions, List<String> arguments) {
        try {
            var command = new ArrayList<String>();
            if (core >= 0) {
                command.addAll(List.of("taskset", "-c", String.valueOf(core)));
            }
            command.add(JAVA.resolve("java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
            command.addAll(arguments);
            var log = Path.of("target", "load", "server-" + port + ".log");
            Files.createDirectories(log.getParent());
            var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            var server = new ServerProcess(process, log, port);
            try {
                server.awaitStart();
            } catch (RuntimeException | IOException e) {
                // a portal that did not come up in time would keep the port and the data directory for the next level
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path productionJar() {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("koordinierungsportal-.*\\.jar"))
                    .filter(file -> !file.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no production jar in target/: run ./mvnw package first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitStart() throws IOException {
        var client = HttpClient.newHttpClient();
        var deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the portal stopped while starting; see " + log);
            }
            var matcher = STARTED.matcher(Files.readString(log));
            if (matcher.find()) {
                startupSeconds = Double.parseDouble(matcher.group(2) != null ? matcher.group(2) : matcher.group(1));
                try {
                    var answer = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (answer.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet (the login page, not the health check: Spring Boot's MongoDB check asks
                    // "hello", which the database server of the memory measurement does not know)
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("the portal did not start within 3 minutes; see " + log);
    }

    /** {@link StandaloneDatabase} on this data directory, in a JVM of its own; closing it stops the process. */
    static AutoCloseable database(Path dataDirectory, int port) {
        try {
            var log = Path.of("target", "load", "database-" + port + ".log");
            var process = new ProcessBuilder(JAVA.resolve("java").toString(), "-cp", System.getProperty("java.class.path"),
                    StandaloneDatabase.class.getName(), dataDirectory.toAbsolutePath().toString(), String.valueOf(port))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            var deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (!Files.readString(log).contains("Database on") && System.nanoTime() < deadline && process.isAlive()) {
                sleep(Duration.ofMillis(200));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the database did not start; see " + log);
            }
            return () -> {
                process.destroy();
                process.waitFor();
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** From the process's start until the application was started, as Spring Boot logged it ("process running for"). */
    double startupSeconds() {
        return startupSeconds;
    }

    /** Bytes of all objects still reachable after the full GC that {@code jcmd GC.class_histogram} performs. */
    long liveHeapBytes() {
        var output = run(JAVA.resolve("jcmd").toString(), String.valueOf(process.pid()), "GC.class_histogram");
        var matcher = TOTAL.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no total in the class histogram: " + output.lines().limit(5).toList());
        }
        return Long.parseLong(matcher.group(2));
    }

    /** The process's resident memory (VmRSS), in kB. */
    long residentKilobytes() {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pins this JVM (the load generator), all its threads, to one core; {@code -1}: lets it use every core again. */
    static void pinThisProcess(int core) {
        String cores;
        try {
            cores = core >= 0 ? String.valueOf(core) : Files.readString(Path.of("/sys/devices/system/cpu/online")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run("taskset", "-a", "-p", "-c", cores, String.valueOf(ProcessHandle.current().pid()));
    }

    static String run(String... command) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
