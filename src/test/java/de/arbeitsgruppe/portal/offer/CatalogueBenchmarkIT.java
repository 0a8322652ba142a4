package de.arbeitsgruppe.portal.offer;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.account.PortalHttp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the public catalogue costs with many published offers of 500 providers in the embedded
 * database (10,000 inside {@code ./mvnw verify}, to keep the test command short; the README's
 * figures come from 50,000 with {@code -Dcatalogue.benchmark.offers=50000}): a filtered page (20
 * offers and the count), searches, the unfiltered first page, the whole rendered HTML page over
 * HTTP, the reading of the catalogue anew after a change (each node's copy,
 * {@link CatalogueSnapshots}), and the heap that copy takes. Prints medians and p90 of 30 runs
 * after warm-up; asserts only that the answers are right, never a time. Its own working group and
 * context, so the offers stay out of other tests.
 *
 * <p>{@code ./mvnw verify -Dvaadin.skip -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CatalogueBenchmarkIT -Dcatalogue.benchmark.offers=50000}
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.working-group-id=" + CatalogueBenchmarkIT.WORKING_GROUP)
@ActiveProfiles("test")
@DirtiesContext
class CatalogueBenchmarkIT {

    static final String WORKING_GROUP = "ag-benchmark-katalog";
    /** The seeding and the re-reads after a change take most of the run, and both grow with the offers. */
    private static final int OFFERS = Integer.getInteger("catalogue.benchmark.offers", 10_000);
    private static final int PROVIDERS = 500;
    private static final int DISTRICTS = 30;
    private static final int BATCH = 5_000;
    private static final int WARM_UP_ROUNDS = 10;
    private static final int MEASURED_ROUNDS = 30;
    private static final List<String> DISTRICT_IDS = java.util.stream.IntStream.range(0, DISTRICTS)
            .mapToObj(d -> "d-" + d).toList();
    private static final List<String> TITLES = List.of("Deutschkurs am Vormittag", "Sprachcafé für alle",
            "Integrationskurs allgemein", "Berufssprachkurs Pflege", "Deutsch für Mütter mit Kinderbetreuung",
            "Alphabetisierung am Abend", "Bewerbungstraining", "Sozialberatung", "Lerntreff Hausaufgaben",
            "Erstorientierung kompakt", "Jugendintegrationskurs", "Frauenkurs Deutsch", "Online-Deutsch am Abend");

    @LocalServerPort
    int port;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    CatalogueSnapshots snapshots;
    @Autowired
    MongoTemplate mongo;

    @Test
    void measuresTheCatalogueWithThousandsOfOffersAndChecksItsAnswers() throws Exception {
        var today = catalogue.today();
        long seeding = System.nanoTime();
        seed(today);
        var seedSeconds = (System.nanoTime() - seeding) / 1e9;
        var heapBefore = usedHeapAfterGc();
        var all = catalogue.page(OfferFilter.NONE);
        var heapAfter = usedHeapAfterGc();
        var copy = snapshots.current(WORKING_GROUP);
        // other tests of the same application context may have published a few offers too
        assertThat(copy).hasSizeGreaterThanOrEqualTo(OFFERS);

        var filtered = new OfferFilter(EnumSet.of(OfferKind.INTEGRATIONSKURS_ALLGEMEIN, OfferKind.SPRACHKURS_LAND,
                OfferKind.SPRACHCAFE_EHRENAMT), CefrLevel.A2, false, Set.of("d-3"), null, null, true, false, false,
                Set.of(), false, null, OfferSort.START, 1);
        var oneWord = withText(OfferFilter.NONE, "sprachcaf");
        var twoWords = withText(OfferFilter.NONE, "Mütter kinderbetr");
        var wordAndFilter = withText(filtered, "deutsch");
        var filteredPage = catalogue.page(filtered);
        assertThat(filteredPage.total()).isPositive();
        assertThat(filteredPage.offers()).hasSizeLessThanOrEqualTo(20).allSatisfy(offer -> {
            assertThat(offer.getDetails().getDistrictId()).isEqualTo("d-3");
            assertThat(offer.hasFreePlaces()).isTrue();
            assertThat(offer.getDetails().covers(CefrLevel.A2)).isTrue();
        });
        var expectedFiltered = copy.stream().filter(CatalogueMatch.of(filtered, today)).count();
        assertThat(filteredPage.total()).isEqualTo(expectedFiltered);
        var twoWordPage = catalogue.page(twoWords);
        assertThat(twoWordPage.total()).isPositive();
        assertThat(twoWordPage.offers()).allSatisfy(offer -> assertThat(offer.getDetails().getTitle()).contains("Mütter"));
        assertThat(all.total()).isGreaterThan(OFFERS / 2);

        var http = new PortalHttp(port);
        var address = "/katalog?" + OfferFilterAddress.format(filtered);
        assertThat(http.get(address).body()).contains(filteredPage.total() + " Angebot");
        var figures = new LinkedHashMap<String, List<Double>>();
        for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
            var measured = round >= WARM_UP_ROUNDS;
            time(figures, measured, "filtered page: 3 kinds, A2, 1 district, free places (20 + count)",
                    () -> catalogue.page(filtered));
            time(figures, measured, "search, one word (\"sprachcaf\")", () -> catalogue.page(oneWord));
            time(figures, measured, "search, two words (\"Mütter kinderbetr\")", () -> catalogue.page(twoWords));
            time(figures, measured, "search word plus the filter above", () -> catalogue.page(wordAndFilter));
            time(figures, measured, "unfiltered first page (20 + count)", () -> catalogue.page(OfferFilter.NONE));
            time(figures, measured, "the filtered page as HTML over HTTP (GET /katalog?…)", () -> http.get(address));
            time(figures, measured, "the unfiltered page as HTML over HTTP (GET /katalog)", () -> http.get("/katalog"));
            // each re-read takes over a second: every third round is enough for a median
            if (round % 3 == 0) {
                snapshots.changed(WORKING_GROUP);
                time(figures, measured, "reading the catalogue anew after a change (%,d offers)".formatted(OFFERS),
                        () -> catalogue.page(OfferFilter.NONE));
            }
        }
        System.out.printf("Benchmark catalogue: %,d published offers of %d providers in %d districts, seeded in %.1f s; "
                + "%,d current; filtered page finds %,d, \"Mütter kinderbetr\" %,d%n", OFFERS, PROVIDERS, DISTRICTS,
                seedSeconds, all.total(), filteredPage.total(), twoWordPage.total());
        System.out.printf("Benchmark catalogue: heap of the node's copy: %.1f MB (%,d bytes per offer; used heap after GC "
                + "before and after the first read)%n", (heapAfter - heapBefore) / 1e6, (heapAfter - heapBefore) / OFFERS);
        System.out.println("Benchmark catalogue: | what | median | p90 |");
        System.out.println("Benchmark catalogue: |---|---|---|");
        figures.forEach((what, values) -> System.out.printf("Benchmark catalogue: | %s | %.1f ms | %.1f ms |%n",
                what, percentile(values, 50), percentile(values, 90)));
    }

    /**
     * The offers of 500 providers, the same on every run (a fixed seed), written in batches
     * straight into the catalogue as the office's publishing would have left them.
     */
    private void seed(LocalDate today) {
        // the districts join the office's list, which the public pages read (an unknown one is ignored there)
        var list = java.util.Optional.ofNullable(mongo.findById(WORKING_GROUP, DistrictList.class))
                .orElseGet(() -> new DistrictList(WORKING_GROUP, List.of()));
        var districts = new ArrayList<>(list.getDistricts());
        for (int d = 0; d < DISTRICTS; d++) {
            var id = "d-" + d;
            if (list.find(id).isEmpty()) {
                districts.add(new District(id, "Benchmark-Ortsteil " + d));
            }
        }
        list.setDistricts(districts);
        mongo.save(list);
        var random = new Random(12);
        var now = Instant.now();
        var batch = new ArrayList<CatalogueOffer>();
        for (int n = 0; n < OFFERS; n++) {
            batch.add(new CatalogueOffer(offer(random, n, today, now), now.minus(random.nextInt(60), ChronoUnit.DAYS)));
            if (batch.size() == BATCH) {
                mongo.insert(batch, CatalogueOffer.class);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            mongo.insert(batch, CatalogueOffer.class);
        }
        // as publishing does after its write: a node that read the catalogue already (the demo's sent
        // report reads the supply at start) reads it anew
        snapshots.changed(WORKING_GROUP);
    }

    private static Offer offer(Random random, int n, LocalDate today, Instant now) {
        var provider = random.nextInt(PROVIDERS);
        var offer = BenchmarkOfferData.offer(random, "o-bench-" + n, WORKING_GROUP, provider, "org-bench-" + provider,
                (provider % 3 == 0 ? "Sprachschule " : provider % 3 == 1 ? "Caritas Ortsverband " : "Initiative ") + provider,
                TITLES, " " + n, today, now, DISTRICT_IDS);
        offer.setVersion(1L);
        return offer;
    }

    private static OfferFilter withText(OfferFilter f, String text) {
        return new OfferFilter(f.kinds(), f.level(), f.literacy(), f.districtIds(), f.startFrom(), f.startTo(),
                f.freePlacesOnly(), f.childcare(), f.womenOnly(), f.formats(), f.freeOfCharge(), text, f.sort(), f.page());
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void time(Map<String, List<Double>> figures, boolean measured, String what, Callable<?> action)
            throws Exception {
        long start = System.nanoTime();
        action.call();
        var millis = (System.nanoTime() - start) / 1e6;
        if (measured) {
            figures.computeIfAbsent(what, key -> new ArrayList<>()).add(millis);
        }
    }

    private static double percentile(List<Double> values, int percent) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
