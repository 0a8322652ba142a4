package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.notification.Mailer;
import de.arbeitsgruppe.portal.notification.OutgoingMail;
import de.arbeitsgruppe.portal.offer.internal.Offers;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Mailboxes;
import de.arbeitsgruppe.portal.shared.Mailboxes.Mailbox;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What providers hear about their offers, always every active account of the provider organisation:
 * the office returned an offer (with the reason) or published it, and an offer listed in the
 * catalogue was not confirmed for {@link CatalogueOffer#STALE_AFTER_DAYS} days. Returns and
 * publications are published once, after their save, and need no mark; the reminder is marked on the
 * offer ({@code staleReminderFor}) with a versioned save before anything is mailed, so a second run,
 * node or restart mails nothing. Listeners run in the request of the office user who acted, as the
 * task mails do (plain {@code @EventListener}: the portal has no transactions that an
 * {@code @ApplicationModuleListener} would wait for); a failure is logged and never turns that
 * action into an error.
 */
@Component
class OfferNotifications {

    private static final Logger log = LoggerFactory.getLogger(OfferNotifications.class);
    private static final int ATTEMPTS = 5;

    private final Offers offers;
    private final MongoTemplate mongo;
    private final Mailboxes mailboxes;
    private final Mailer mailer;
    private final OfferLetters letters;

    OfferNotifications(Offers offers, MongoTemplate mongo, Mailboxes mailboxes, Mailer mailer, OfferLetters letters) {
        this.offers = offers;
        this.mongo = mongo;
        this.mailboxes = mailboxes;
        this.mailer = mailer;
        this.letters = letters;
    }

    @EventListener
    void on(OfferReturned event) {
        try {
            offers.findById(event.offerId())
                    .ifPresent(offer -> deliver(offer, to -> letters.returned(offer, event.reason(), to)));
        } catch (RuntimeException e) {
            log.warn("Return of offer {} not mailed", event.offerId(), e);
        }
    }

    @EventListener
    void on(OfferPublished event) {
        try {
            offers.findById(event.offerId()).ifPresent(offer -> deliver(offer, to -> letters.published(offer, to)));
        } catch (RuntimeException e) {
            log.warn("Publication of offer {} not mailed", event.offerId(), e);
        }
    }

    /**
     * Reminds the provider of every listed offer not confirmed since {@link CatalogueOffer#STALE_AFTER_DAYS}
     * days, once per confirmation day: a new confirmation or change allows the next reminder.
     *
     * @return how many offers the providers were reminded of
     */
    int remindStale(LocalDate today) {
        // before the start of this day, the first moment that is not yet stale today
        var notBefore = today.minusDays(CatalogueOffer.STALE_AFTER_DAYS - 1L).atStartOfDay(Formats.ZONE)
                .toInstant();
        var candidates = mongo.find(new Query(Criteria.where("listed").is(true).and("status").ne(OfferStatus.ARCHIVED)
                .and("updatedAt").lt(notBefore)).with(Sort.by("updatedAt", "_id")), Offer.class);
        var reminded = 0;
        for (var offer : candidates) {
            if (!toRemind(offer, today)) {
                continue;
            }
            try {
                var claimed = claim(offer.getId(), today);
                claimed.ifPresent(stored -> deliver(stored, to -> letters.stale(stored, to)));
                reminded += claimed.isPresent() ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Reminder of offer {} not sent", offer.getId(), e);
            }
        }
        return reminded;
    }

    private static boolean toRemind(Offer offer, LocalDate today) {
        return offer.isListed() && offer.getStatus() != OfferStatus.ARCHIVED && !offer.getDetails().isOverOn(today)
                && CatalogueOffer.isStale(offer.getUpdatedAt(), today)
                && !offer.getUpdatedAt().equals(offer.getStaleReminderFor());
    }

    /** Marks the reminder on the offer, read fresh each time; empty when another node or a change came first. */
    private Optional<Offer> claim(String offerId, LocalDate today) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var offer = offers.findById(offerId).filter(stored -> toRemind(stored, today));
            if (offer.isEmpty()) {
                return Optional.empty();
            }
            offer.get().setStaleReminderFor(offer.get().getUpdatedAt());
            try {
                return Optional.of(VersionedSave.of(offer.get(), () -> offers.save(offer.get())));
            } catch (ConflictException changedMeanwhile) {
                // the provider or another node saved the offer in between: look again
            }
        }
        log.warn("Offer {} kept changing: reminder not marked, tried again on the next run", offerId);
        return Optional.empty();
    }

    private void deliver(Offer offer, Function<Mailbox, OutgoingMail> letter) {
        for (var to : recipients(offer)) {
            try {
                mailer.sendAutomatically(offer.getWorkingGroupId(), letter.apply(to));
            } catch (RuntimeException e) {
                log.warn("Mail about offer {} to {} not sent", offer.getId(), to.email(), e);
            }
        }
    }

    /** Every active account of the provider with an address, one mail per address. */
    private List<Mailbox> recipients(Offer offer) {
        var byAddress = new LinkedHashMap<String, Mailbox>();
        mailboxes.ofOrganisation(offer.getWorkingGroupId(), offer.getProviderOrganisationId())
                .forEach(box -> byAddress.putIfAbsent(box.email().toLowerCase(Locale.ROOT), box));
        return List.copyOf(byAddress.values());
    }
}
