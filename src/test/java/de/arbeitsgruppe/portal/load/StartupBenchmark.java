package de.arbeitsgruppe.portal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How long the production jar takes to start on the seeded large installation (JVM start included, as
 * the operator waits for it), and its resident memory then: as built ({@code java -jar}), extracted
 * ({@code java -Djarmode=tools -jar … extract}), and extracted with Java 25's ahead-of-time cache made
 * by a training run ({@code -XX:AOTCacheOutput} with {@code -Dspring.context.exit=onRefresh}), the
 * steps the README and the Dockerfile give. Prints the table and writes it to
 * {@code target/load/startup.md}.
 * <p>
 * On demand only: {@code ./mvnw -Pload verify -Dit.test=StartupBenchmark} ({@code -Dload.starts=3}).
 */
class StartupBenchmark {

    private static final int PORT = 8097;
    private static final Path EXTRACTED = Path.of("target", "load", "extracted");

    private record Start(double seconds, long residentMegabytes) {
    }

    @Test
    void measuresTheStartOfTheProductionJarWithAndWithoutTheAotCache() throws Exception {
        if (Runtime.version().feature() < 25) {
            throw new IllegalStateException("the AOT cache's training run (-XX:AOTCacheOutput) needs a JDK 25 or newer; this is "
                    + Runtime.version());
        }
        var data = SeededData.ensureSeeded();
        int starts = Integer.getInteger("load.starts", 3);
        var jar = ServerProcess.productionJar();
        var table = new StringBuilder("| start | seconds (each start) | resident MB (each start) |\n| --- | --- | --- |\n");

        table.append(row("`java -jar` (as built)", starts(jar, data, starts, List.of())));
        var extractedJar = extract(jar);
        table.append(row("extracted", starts(extractedJar, data, starts, List.of())));
        var cache = EXTRACTED.resolve("portal.aot").toAbsolutePath();
        double trainingSeconds = train(extractedJar, data, cache);
        // AOTMode=on: a cache the JVM cannot use stops the start instead of being measured as one without it
        var withCache = starts(extractedJar, data, starts, List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache));
        table.append(row("extracted, with the AOT cache", withCache));
        table.append(String.format(Locale.ROOT, "%nTraining run %.1f s; cache %d MB.%n", trainingSeconds,
                Files.size(cache) / 1024 / 1024));

        System.out.println(table);
        Files.writeString(Path.of("target", "load", "startup.md"), table);
        assertThat(withCache).as("starts with the cache").hasSize(starts);
    }

    private static List<Start> starts(Path jar, Path data, int count, List<String> jvmOptions) {
        var starts = new ArrayList<Start>();
        for (int i = 0; i < count; i++) {
            try (var server = ServerProcess.start(jar, data, PORT, jvmOptions)) {
                starts.add(new Start(server.startupSeconds(), server.residentKilobytes() / 1024));
            }
        }
        return starts;
    }

    /** As an operator does it: {@code java -Djarmode=tools -jar portal.jar extract --destination …}. */
    private static Path extract(Path jar) throws IOException {
        if (Files.exists(EXTRACTED)) {
            try (var files = Files.walk(EXTRACTED)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
        ServerProcess.run(ServerProcess.JAVA.resolve("java").toString(), "-Djarmode=tools", "-jar", jar.toString(),
                "extract", "--destination", EXTRACTED.toString());
        return EXTRACTED.resolve(jar.getFileName());
    }

    /** The training run: the application context starts and the JVM writes the classes it loaded and linked. */
    private static double train(Path extractedJar, Path data, Path cache) {
        long began = System.nanoTime();
        ServerProcess.run(ServerProcess.JAVA.resolve("java").toString(), "-XX:AOTCacheOutput=" + cache,
                "-Dspring.context.exit=onRefresh", "-jar", extractedJar.toString(), "--server.port=" + PORT,
                "--portal.data-directory=" + data.toAbsolutePath());
        if (!Files.exists(cache)) {
            throw new IllegalStateException("the training run wrote no AOT cache");
        }
        return (System.nanoTime() - began) / 1e9;
    }

    private static String row(String start, List<Start> starts) {
        return String.format(Locale.ROOT, "| %s | %s | %s |%n", start,
                starts.stream().map(each -> String.format(Locale.ROOT, "%.1f", each.seconds())).collect(Collectors.joining(", ")),
                starts.stream().map(each -> String.valueOf(each.residentMegabytes())).collect(Collectors.joining(", ")));
    }
}
