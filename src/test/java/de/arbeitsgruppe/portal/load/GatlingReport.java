package de.arbeitsgruppe.portal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/** The statistics table of a Gatling HTML report: per request type its counts and percentiles. */
record GatlingReport(Row global, List<Row> requests) {

    record Row(String name, long total, long ok, long failed, int p50, int p95, int p99, int max) {
    }

    static GatlingReport read(Path report) {
        try {
            var document = Jsoup.parse(report.resolve("index.html").toFile());
            var rows = new ArrayList<Row>();
            Row global = null;
            for (var line : document.select("#container_statistics_head tbody tr, #container_statistics_body tbody tr")) {
                var cells = line.select("td");
                if (cells.size() < 14) {
                    continue;
                }
                var row = new Row(cells.get(0).select(".ellipsed-name").text().strip(), number(cells.get(1).text()),
                        number(cells.get(2).text()), number(cells.get(3).text()), (int) number(cells.get(7).text()),
                        (int) number(cells.get(9).text()), (int) number(cells.get(10).text()), (int) number(cells.get(11).text()));
                if ("ROOT".equals(line.id())) {
                    global = row;
                } else if (rows.stream().noneMatch(other -> other.name().equals(row.name()))) {
                    rows.add(row);
                }
            }
            if (global == null) {
                global = total(rows);
            }
            return new GatlingReport(global, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row total(List<Row> rows) {
        return new Row("all", rows.stream().mapToLong(Row::total).sum(), rows.stream().mapToLong(Row::ok).sum(),
                rows.stream().mapToLong(Row::failed).sum(), -1, rows.stream().mapToInt(Row::p95).max().orElse(0), -1,
                rows.stream().mapToInt(Row::max).max().orElse(0));
    }

    private static long number(String text) {
        var cleaned = text.replace(",", "").replace("-", "").strip();
        return cleaned.isEmpty() ? 0 : Math.round(Double.parseDouble(cleaned));
    }

    /** The slowest request type at the 95th percentile, leaving these out. */
    Row slowestBut(java.util.Set<String> leftOut) {
        return requests.stream().filter(row -> !leftOut.contains(row.name()))
                .max(java.util.Comparator.comparingInt(Row::p95)).orElseThrow();
    }

    java.util.Optional<Row> row(String name) {
        return requests.stream().filter(row -> row.name().equals(name)).findFirst();
    }

    long failed() {
        return requests.stream().mapToLong(Row::failed).sum();
    }

    String table() {
        var text = new StringBuilder("| request | count | failed | p50 ms | p95 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        for (var row : requests) {
            text.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d |%n", row.name(), row.total(),
                    row.failed(), row.p50(), row.p95(), row.p99(), row.max()));
        }
        return text.toString();
    }
}
