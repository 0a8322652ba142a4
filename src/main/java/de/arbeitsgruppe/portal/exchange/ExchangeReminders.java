package de.arbeitsgruppe.portal.exchange;

import de.arbeitsgruppe.portal.shared.GroupContactProperties;

import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.exchange.internal.ExchangeAgreements;
import de.arbeitsgruppe.portal.notification.Mailer;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reminds the responsible contacts of an agreement (their address from the directory) that its review
 * is due, {@link ExchangeProperties#reminderDaysBefore()} days before the date, once per review date:
 * the date is marked on the agreement ({@code reviewReminderFor}) with a versioned save before any
 * mail goes out, so a second run, node or restart mails nothing, and a new review date allows the
 * next reminder. A date already past when nobody was reminded yet (the job was down, the agreement
 * entered late) is reminded of once too.
 */
@Component
class ExchangeReminders {

    private static final Logger log = LoggerFactory.getLogger(ExchangeReminders.class);
    private static final int ATTEMPTS = 5;

    private final ExchangeAgreements agreements;
    private final MongoTemplate mongo;
    private final ContactDirectory directory;
    private final Mailer mailer;
    private final ExchangeLetters letters;
    private final ExchangeProperties properties;
    private final GroupContactProperties office;

    ExchangeReminders(ExchangeAgreements agreements, MongoTemplate mongo, ContactDirectory directory, Mailer mailer,
            ExchangeLetters letters, ExchangeProperties properties, GroupContactProperties office) {
        this.office = office;
        this.agreements = agreements;
        this.mongo = mongo;
        this.directory = directory;
        this.mailer = mailer;
        this.letters = letters;
        this.properties = properties;
    }

    /** @return how many agreements their contacts were reminded of */
    int remind(LocalDate today) {
        var until = today.plusDays(properties.reminderDaysBefore());
        var due = mongo.find(new Query(Criteria.where("nextReview").lte(until)).with(Sort.by("nextReview", "_id")),
                ExchangeAgreement.class);
        var reminded = 0;
        for (var agreement : due) {
            if (!toRemind(agreement, until)) {
                continue;
            }
            try {
                var claimed = claim(agreement.getId(), until);
                claimed.ifPresent(this::deliver);
                reminded += claimed.isPresent() ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Review reminder of agreement {} not sent", agreement.getId(), e);
            }
        }
        return reminded;
    }

    private static boolean toRemind(ExchangeAgreement agreement, LocalDate until) {
        return agreement.getNextReview() != null && !agreement.getNextReview().isAfter(until)
                && !Objects.equals(agreement.getNextReview(), agreement.getReviewReminderFor());
    }

    /** Marks the reminder on the agreement, read fresh each time; empty when another node or a change came first. */
    private Optional<ExchangeAgreement> claim(String agreementId, LocalDate until) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var agreement = agreements.findById(agreementId).filter(stored -> toRemind(stored, until));
            if (agreement.isEmpty()) {
                return Optional.empty();
            }
            agreement.get().setReviewReminderFor(agreement.get().getNextReview());
            try {
                return Optional.of(VersionedSave.of(agreement.get(), () -> agreements.save(agreement.get())));
            } catch (ConflictException changedMeanwhile) {
                // someone saved the agreement in between, or another node claimed it: look again
            }
        }
        log.warn("Agreement {} kept changing: reminder not marked, tried again on the next run", agreementId);
        return Optional.empty();
    }

    private void deliver(ExchangeAgreement agreement) {
        var byAddress = new LinkedHashMap<String, Contact>();
        agreement.getContactIds().stream()
                .map(id -> directory.forAutomaticMail(agreement.getWorkingGroupId(), id))
                .flatMap(Optional::stream).filter(contact -> contact.getEmail() != null)
                .forEach(contact -> byAddress.putIfAbsent(contact.getEmail().toLowerCase(Locale.ROOT), contact));
        var toOffice = byAddress.isEmpty();
        if (toOffice) {
            // a review nobody hears of is missed: the office keeps the register, so it is told instead
            log.warn("Agreement {} is due for review, but none of its contacts has a mail address: the office is reminded",
                    agreement.getId());
            var fallback = new Contact();
            fallback.setEmail(office.email());
            byAddress.put(office.email(), fallback);
        }
        for (var contact : byAddress.values()) {
            try {
                mailer.sendAutomatically(agreement.getWorkingGroupId(),
                        letters.reviewDue(agreement, contact.getName(), contact.getEmail(), toOffice));
            } catch (RuntimeException e) {
                log.warn("Review reminder of agreement {} to {} not sent", agreement.getId(), contact.getEmail(), e);
            }
        }
    }
}
