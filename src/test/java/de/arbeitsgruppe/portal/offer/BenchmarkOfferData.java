package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.load.LoadInserts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Offers of many providers for the benchmarks and the load test, drawn from the caller's random
 * source, and their writing as the office's publishing leaves them: the offer, and for a published
 * one its copy in the public catalogue.
 */
public final class BenchmarkOfferData {

    private static final List<String> WORDS = List.of("Sprache", "lernen", "Alltag", "Arbeit", "Behörden",
            "Einkaufen", "Gesundheit", "Wohnung", "Schule", "Kinder", "Prüfung", "Zertifikat", "Ausbildung",
            "Gespräche", "Grammatik", "Wortschatz", "Nachbarschaft", "Ehrenamt", "Beratung", "Termine");

    private BenchmarkOfferData() {
    }

    /** An offer with its details; its title one of {@code titles} plus {@code titleSuffix}. */
    public static Offer offer(Random random, String id, String workingGroupId, int provider, String providerId,
            String providerName, List<String> titles, String titleSuffix, LocalDate today, Instant now,
            List<String> districtIds) {
        var offer = new Offer();
        offer.setId(id);
        offer.setWorkingGroupId(workingGroupId);
        offer.setProviderOrganisationId(providerId);
        offer.setProviderName(providerName);
        offer.setUpdatedAt(now.minus(random.nextInt(50), ChronoUnit.DAYS));
        var details = offer.getDetails();
        var kinds = OfferKind.values();
        details.setKind(kinds[random.nextInt(kinds.length)]);
        details.setTitle(titles.get(random.nextInt(titles.size())) + titleSuffix);
        var description = new StringBuilder();
        for (int w = 0; w < 40; w++) {
            description.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
        }
        details.setDescription(description.toString().strip());
        if (details.getKind().isLanguageCourse()) {
            if (random.nextInt(8) == 0) {
                details.setLiteracy(true);
            } else {
                var from = random.nextInt(4);
                details.setLevelFrom(CefrLevel.values()[from]);
                details.setLevelTo(CefrLevel.values()[Math.min(5, from + random.nextInt(3))]);
            }
        }
        var start = today.plusDays(random.nextInt(455) - 90);
        details.setContinuousEntry(random.nextInt(10) < 3);
        details.setStart(start);
        details.setEnd(start.plusDays(60 + random.nextInt(240)));
        details.setSchedule("Mo–Fr 8:30–12:45");
        details.setHoursPerWeek(BigDecimal.valueOf(4 + random.nextInt(20)));
        var format = random.nextInt(10);
        details.setFormat(format < 8 ? OfferFormat.IN_PERSON : format == 8 ? OfferFormat.ONLINE : OfferFormat.HYBRID);
        details.setDistrictId(details.getFormat() == OfferFormat.ONLINE ? null
                : districtIds.get(random.nextInt(districtIds.size())));
        details.setVenue("Bildungszentrum " + provider);
        details.setStreet("Hauptstraße " + (1 + random.nextInt(120)));
        details.setPostalCode("3" + (1000 + random.nextInt(8999)));
        details.setCity("Musterstadt");
        details.setCapacity(10 + random.nextInt(20));
        offer.setFreePlaces(random.nextInt(6) == 0 ? null : random.nextInt(16));
        details.setChildcare(random.nextInt(5) == 0);
        details.setWomenOnly(random.nextInt(10) == 0);
        details.setFreeOfCharge(random.nextInt(10) < 3);
        details.setContactName("Kontakt " + provider);
        details.setContactPhone("05151 " + (10000 + provider));
        details.setContactEmail("kurse@anbieter-" + provider + ".example");
        details.setRegistration("Anmeldung telefonisch oder per E-Mail, Beratung vorab möglich.");
        return offer;
    }

    /** As the office left it after its review: published, or (false) submitted and waiting for the review. */
    public static Offer reviewed(Offer offer, boolean published, String office) {
        var submitted = offer.getUpdatedAt();
        offer.setCreatedAt(submitted.minus(Duration.ofDays(10)));
        offer.setSubmittedAt(submitted);
        offer.setSubmittedBy("anbieter");
        offer.setStatus(published ? OfferStatus.PUBLISHED : OfferStatus.IN_REVIEW);
        offer.setListed(published);
        if (published) {
            offer.setReviewedAt(submitted.plus(Duration.ofHours(20)));
            offer.setReviewedBy(office);
        }
        // the providers were reminded of stale offers before: the job mails nobody on the first start
        offer.setStaleReminderFor(submitted);
        return offer;
    }

    /** As publishing does after its write: every node reads the group's catalogue anew. */
    public static void catalogueChanged(org.springframework.context.ApplicationContext context, String workingGroupId) {
        context.getBean(CatalogueSnapshots.class).changed(workingGroupId);
    }

    /** The offers, at version 0, and the published ones' copies in the catalogue. */
    public static void insert(MongoTemplate mongo, List<Offer> offers) {
        offers.forEach(offer -> offer.setVersion(0L));
        LoadInserts.insert(mongo, offers, Offer.class);
        LoadInserts.insert(mongo, offers.stream().filter(Offer::isListed)
                .map(offer -> new CatalogueOffer(offer, offer.getReviewedAt())).toList(), CatalogueOffer.class);
    }
}
