package de.arbeitsgruppe.portal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The data directory of the large installation, seeded once by {@link LoadTestData} in a JVM of its own. */
final class SeededData {

    static final Path DIRECTORY = Path.of(System.getProperty("load.dataDirectory", "target/load/data"));

    private SeededData() {
    }

    /**
     * Seeds a fresh copy for every run: the seed dates the office's meetings from today (from two weeks
     * ahead), and a run changes agendas, minutes, tasks and free places.
     */
    static Path ensureSeeded() {
        try {
            if (Files.exists(DIRECTORY)) {
                try (var files = Files.walk(DIRECTORY)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                }
            }
            Files.createDirectories(DIRECTORY);
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LoadTestData.class.getName(),
                    DIRECTORY.toAbsolutePath().toString()).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("seeding the load-test data failed");
            }
            return DIRECTORY;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
