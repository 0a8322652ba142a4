package de.arbeitsgruppe.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import de.arbeitsgruppe.portal.offer.CatalogueSeed;
import de.arbeitsgruppe.portal.offer.Districts;
import de.arbeitsgruppe.portal.offer.OfferCatalogue;
import de.arbeitsgruppe.portal.offer.OfferKind;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a visitor's phone waits for: the Largest Contentful Paint of the public catalogue's first page
 * (/katalog, plain HTML) in headless Chromium at 375 × 812, each load in a fresh browser context (an
 * empty cache), with the bytes it transferred; and, for comparison, the same for the portal's public
 * Vaadin page /veranstaltungen. Prints the figures, asserts no time.
 */
class CatalogueLcpBenchmarkE2E extends BrowserTest {

    private static final int LOADS = 5;
    private static final String LCP = """
            () => new Promise(resolve => {
              new PerformanceObserver(list => {
                const entries = list.getEntries();
                resolve(entries[entries.length - 1].startTime);
              }).observe({type: 'largest-contentful-paint', buffered: true});
              setTimeout(() => resolve(-1), 5000);
            })
            """;
    private static final String TRANSFERRED = """
            () => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                .reduce((sum, entry) => sum + (entry.transferSize || 0), 0)
            """;
    private static final String DECODED = """
            () => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                .reduce((sum, entry) => sum + (entry.decodedBodySize || 0), 0)
            """;

    @Autowired
    OfferManagement offers;
    @Autowired
    Districts districts;
    @Autowired
    OfferCatalogue catalogue;

    @Test
    void measuresTheLargestContentfulPaintOfTheCatalogueAndOfAVaadinPage() {
        var seed = new CatalogueSeed(offers, districts, catalogue);
        var district = seed.district("Katalogtest-Messung");
        for (int n = 1; n <= 25; n++) {
            var details = seed.details(n % 2 == 0 ? OfferKind.SPRACHCAFE_EHRENAMT : OfferKind.INTEGRATIONSKURS_ALLGEMEIN,
                    "Kurs zum Messen " + n, district);
            details.setSchedule("Mo–Fr 8:30–12:45");
            seed.published(details, n % 5);
        }
        var catalogueFigures = measure("katalog", false);
        var vaadinFigures = measure("veranstaltungen", true);

        System.out.println("Benchmark catalogue LCP (headless Chromium, 375×812, fresh context per load, " + LOADS + " loads)");
        System.out.println("| page                        | LCP median | LCP runs (ms)                  | transferred | decoded   |");
        System.out.println("|-----------------------------|------------|--------------------------------|-------------|-----------|");
        print("/katalog (Thymeleaf)", catalogueFigures);
        print("/veranstaltungen (Vaadin)", vaadinFigures);
        assertThat(catalogueFigures.get("lcp")).as("LCP reported for every load").allMatch(value -> value > 0);
    }

    private Map<String, List<Double>> measure(String path, boolean vaadin) {
        var lcp = new ArrayList<Double>();
        var transferred = new ArrayList<Double>();
        var decoded = new ArrayList<Double>();
        // one load first that nobody counts: the server's own warm-up (templates, class loading)
        for (int load = 0; load <= LOADS; load++) {
            var context = newContextAtPhoneSize();
            var opened = context.newPage();
            opened.navigate(url(path));
            if (vaadin) {
                waitForVaadin(opened);
            }
            opened.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            var paint = ((Number) opened.evaluate(LCP)).doubleValue();
            if (load > 0) {
                lcp.add(paint);
                transferred.add(((Number) opened.evaluate(TRANSFERRED)).doubleValue());
                decoded.add(((Number) opened.evaluate(DECODED)).doubleValue());
            }
            context.close();
        }
        return Map.of("lcp", lcp, "transferred", transferred, "decoded", decoded);
    }

    private com.microsoft.playwright.BrowserContext newContextAtPhoneSize() {
        return page.context().browser().newContext(new Browser.NewContextOptions().setLocale("de-DE")
                .setViewportSize(375, 812));
    }

    private static void print(String what, Map<String, List<Double>> figures) {
        var runs = figures.get("lcp").stream().map(value -> String.valueOf(Math.round(value))).toList();
        System.out.printf("| %-27s | %7.0f ms | %-30s | %8.1f kB | %6.1f kB |%n", what, median(figures.get("lcp")),
                String.join(", ", runs), median(figures.get("transferred")) / 1024, median(figures.get("decoded")) / 1024);
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
