package de.arbeitsgruppe.portal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

/**
 * Runs a Gatling simulation inside this JVM (the simulation reads its settings from system
 * properties) and finds the report it wrote. Gatling's own launcher does the same in a JVM of its
 * own; here the smoke test and the benchmarks share the test classpath with it.
 */
final class GatlingRun {

    static final Path RESULTS = Path.of("target", "gatling");

    private GatlingRun() {
    }

    /** Gatling's exit status (0: every assertion of the simulation held) and the folder of its HTML report. */
    record Outcome(int status, Path report) {
    }

    static synchronized Outcome of(Class<?> simulation, Map<String, String> settings, String description) {
        settings.forEach(System::setProperty);
        try {
            Files.createDirectories(RESULTS);
            int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {"--simulation", simulation.getName(),
                    "--results-folder", RESULTS.toString(), "--run-description", description});
            return new Outcome(status, newestReport());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            settings.keySet().forEach(System::clearProperty);
        }
    }

    private static Path newestReport() throws IOException {
        try (var reports = Files.list(RESULTS)) {
            return reports.filter(Files::isDirectory).max(Comparator.comparing(GatlingRun::modified))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no report under " + RESULTS));
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
