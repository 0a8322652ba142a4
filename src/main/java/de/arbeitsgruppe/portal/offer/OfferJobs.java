package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.Formats;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The offers' scheduled jobs: offers past their end leave the catalogue for the archive, and providers
 * of offers not confirmed for four weeks are reminded once. Each does only what is still to do (an
 * archived offer is not found again; the reminder's mark on the offer), so a run after downtime
 * catches up and a second run, node or restart repeats nothing; the lock only spares the work. Today
 * is the portal's {@link Clock} in Europe/Berlin.
 */
@Component
class OfferJobs {

    private static final Logger log = LoggerFactory.getLogger(OfferJobs.class);

    private final OfferManagement management;
    private final OfferNotifications notifications;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final CatalogueRepair repair;

    OfferJobs(OfferManagement management, OfferNotifications notifications, MongoTemplate mongo, Clock clock,
            CatalogueRepair repair) {
        this.repair = repair;
        this.management = management;
        this.notifications = notifications;
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Hourly, also at night: the first run of a day archives what ended the day before. An offer in
     * the catalogue is archived only when its published version has ended too: a mistyped end in a
     * change still waiting for review must not take the published course off the list. Then the
     * catalogue is repaired ({@link CatalogueRepair}).
     */
    @Scheduled(cron = "${portal.offers.archive-cron:0 5 * * * *}", zone = "Europe/Berlin")
    @SchedulerLock(name = "offer-archive", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void archiveEnded() {
        var today = today();
        var ended = mongo.find(new Query(Criteria.where("status").ne(OfferStatus.ARCHIVED)
                .and("details.end").lt(today)), Offer.class);
        var archived = 0;
        for (var offer : ended) {
            if (offer.isListed() && publishedVersionRunsOn(offer, today)) {
                continue;
            }
            try {
                management.archive(offer);
                archived++;
            } catch (ConflictException changedMeanwhile) {
                // the provider changed it, or another node archived it first: the next run looks again
                log.debug("Offer {} changed while being archived", offer.getId());
            } catch (RuntimeException e) {
                log.warn("Offer {} past its end not archived", offer.getId(), e);
            }
        }
        if (archived > 0) {
            log.info("Offers past their end archived: {}", archived);
        }
        repair.run();
    }

    private boolean publishedVersionRunsOn(Offer offer, LocalDate today) {
        var copy = mongo.findById(offer.getId(), CatalogueOffer.class);
        return copy != null && !copy.isWithdrawn() && !copy.getDetails().isOverOn(today);
    }

    /** Hourly in the daytime: nobody gets mail at night, and the first run after downtime catches up. */
    @Scheduled(cron = "${portal.offers.reminder-cron:0 20 7-20 * * *}", zone = "Europe/Berlin")
    @SchedulerLock(name = "offer-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void remindStale() {
        var reminded = notifications.remindStale(today());
        if (reminded > 0) {
            log.info("Offer reminders: {} providers asked to confirm their offers", reminded);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
