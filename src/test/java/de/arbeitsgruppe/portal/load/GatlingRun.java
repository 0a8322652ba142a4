package de.arbeitsgruppe.portal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
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
        // what was set before (e.g. -Dload.rampSeconds on the command line) is set again afterwards: the
        // benchmarks read it anew for each run
        var before = new HashMap<String, String>();
        settings.keySet().forEach(key -> before.put(key, System.getProperty(key)));
        settings.forEach(System::setProperty);
        try {
            Files.createDirectories(RESULTS);
            int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {"--simulation", simulation.getName(),
                    "--results-folder", RESULTS.toString(), "--run-description", description});
            return new Outcome(status, newestReport());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            before.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
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
