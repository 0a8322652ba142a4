package de.arbeitsgruppe.portal.protocol.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** How long the PDF of long minutes takes, printed for the README; no limit asserted, machines differ. */
class ProtocolPdfBenchmarkTest {

    private static final int WARM_UPS = 3;
    private static final int RUNS = 10;

    @Test
    void rendersMinutesOfTwentyPagesAndMoreAndPrintsTheMedianTime() throws Exception {
        var content = ProtocolContents.large();
        byte[] pdf = null;
        for (int i = 0; i < WARM_UPS; i++) {
            pdf = ProtocolPdf.render(content);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            pdf = ProtocolPdf.render(content);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = (millis[RUNS / 2 - 1] + millis[RUNS / 2]) / 2;

        int pages;
        try (var document = PdfChecks.load(pdf)) {
            pages = document.getNumberOfPages();
        }
        System.out.printf("Benchmark protocol PDF: 20+ pages (%d) median %.0f ms%n", pages, median);
        assertThat(pages).isGreaterThanOrEqualTo(20);
    }
}
