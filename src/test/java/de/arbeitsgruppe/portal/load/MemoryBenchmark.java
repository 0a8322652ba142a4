package de.arbeitsgruppe.portal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * What an open session costs on the heap, per main view: the production jar on the seeded large
 * installation, warmed up by the usual mix; then for each view the live heap after a full GC
 * ({@code jcmd GC.class_histogram}) of the portal's process (its database runs in a process of its
 * own) before and while N users have that view open, and again after
 * their tabs closed (the unload beacon releases the UI; the emptied session waits for its timeout).
 * Prints the table and writes it to {@code target/load/memory.md}.
 * <p>
 * On demand only: {@code ./mvnw -Pload verify -Dit.test=MemoryBenchmark} ({@code -Dload.sessions=100}).
 */
class MemoryBenchmark {

    private static final int MEASURED_AFTER_RAMP_SECONDS = 15;

    /** The views a user keeps open, and each one's share of the mix's open sessions. */
    private static final Map<String, Double> VIEWS = shares();

    private static Map<String, Double> shares() {
        var views = new LinkedHashMap<String, Double>();
        for (var member : List.of("start", "kalender", "ansprechpartner", "termine", "protokoll")) {
            views.put(member, 0.60 / 5);
        }
        views.put("tagesordnung", 0.10 / 2);
        views.put("tafel", 0.10 / 2);
        views.put("angebote", 0.15);
        views.put("katalog", 0.15);
        return views;
    }

    @Test
    void measuresTheHeapAnOpenSessionTakesOnEachMainView() throws Exception {
        var data = SeededData.ensureSeeded();
        int sessions = Integer.getInteger("load.sessions", 100);
        var table = new StringBuilder("| view | kB per open session | kB per session after its tab closed |\n| --- | --- | --- |\n");
        double weighted = 0;
        // the database in a process of its own: its page cache would otherwise change the portal's heap with every read
        try (var database = ServerProcess.database(data, 27099);
                var server = ServerProcess.startOnDatabase("mongodb://127.0.0.1:27099/portal", 8098, List.of())) {
            warmUp(server);
            for (var view : VIEWS.entrySet()) {
                long before = server.liveHeapBytes();
                var run = CompletableFuture.supplyAsync(() -> hold(server, view.getKey(), sessions));
                ServerProcess.sleep(Duration.ofSeconds(rampSeconds(sessions) + MEASURED_AFTER_RAMP_SECONDS));
                long open = server.liveHeapBytes();
                run.join();
                long closed = server.liveHeapBytes();
                double perSession = (open - before) / 1024.0 / sessions;
                weighted += perSession * view.getValue();
                var line = String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", view.getKey(), perSession,
                        (closed - before) / 1024.0 / sessions);
                System.out.print(line);
                table.append(line);
            }
            table.append(String.format(Locale.ROOT, "| **mix** (60 %% members, 10 %% office, 15 %% partners, 15 %% visitors) | **%.1f** | |%n", weighted));
            table.append(String.format(Locale.ROOT, "%nStart-up %.1f s; resident memory after the runs %d MB; live heap %d MB.%n",
                    server.startupSeconds(), server.residentKilobytes() / 1024, server.liveHeapBytes() / 1024 / 1024));
        }
        System.out.println(table);
        Files.writeString(Path.of("target", "load", "memory.md"), table);
        assertThat(weighted).as("kB per session over the mix").isPositive();
    }

    private static void warmUp(ServerProcess server) {
        GatlingRun.of(PortalSimulation.class, Map.of("load.baseUrl", server.baseUrl(), "load.users", "20", "load.rampSeconds", "10",
                "load.steadySeconds", "40", "load.rounds", "1", "load.thinkMinMillis", "500", "load.thinkMaxMillis", "1500"), "warm-up");
    }

    private static int rampSeconds(int sessions) {
        return Math.max(10, sessions / 5);
    }

    /**
     * Long enough that the first users still have their view open when the heap is counted, 15 s after
     * the last one came: with a fixed 30 s the first fifth of the users had closed their tabs by then.
     */
    private static int holdSeconds(int sessions) {
        return rampSeconds(sessions) + MEASURED_AFTER_RAMP_SECONDS + 30;
    }

    private static GatlingRun.Outcome hold(ServerProcess server, String view, int sessions) {
        var outcome = GatlingRun.of(PortalSimulation.class, Map.of("load.baseUrl", server.baseUrl(), "load.mode", "hold",
                "load.view", view, "load.users", String.valueOf(sessions), "load.rampSeconds", String.valueOf(rampSeconds(sessions)),
                "load.holdSeconds", String.valueOf(holdSeconds(sessions))), "hold " + view);
        var report = GatlingReport.read(outcome.report());
        if (report.failed() > 0) {
            throw new IllegalStateException("holding " + view + " failed:\n" + report.table());
        }
        return outcome;
    }
}
