package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.notification.Mailer;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Mailboxes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The daily summary: news waits as entries; once a day each person with waiting entries gets one mail
 * with everything from before that day. The person's day is claimed first (an insert by person and
 * day), then each entry (a versioned save), and only then the mail is written: a second node or a
 * run after a restart finds the day claimed and sends nothing, and an entry that arrives meanwhile
 * is not claimed and waits for the next summary instead of being marked without being sent.
 */
@Component
class TaskMailDigest {

    /** Sent entries and claims are kept this long, then removed: the outbox keeps the mails. */
    static final int KEEP_DAYS = 30;

    private static final Logger log = LoggerFactory.getLogger(TaskMailDigest.class);

    private final MongoTemplate mongo;
    private final Mailboxes mailboxes;
    private final Mailer mailer;
    private final TaskLetters letters;
    private final Clock clock;

    TaskMailDigest(MongoTemplate mongo, Mailboxes mailboxes, Mailer mailer, TaskLetters letters, Clock clock) {
        this.mongo = mongo;
        this.mailboxes = mailboxes;
        this.mailer = mailer;
        this.letters = letters;
        this.clock = clock;
    }

    void keep(Task task, TaskRecipients.Recipient recipient, String occasion, TaskLetters.Notice notice) {
        try {
            mongo.insert(new TaskMailDigestEntry(task.getWorkingGroupId(), recipient.username(), task.getId(),
                    recipient.kind(), occasion, notice.headline(), notice.details(), clock.instant()));
        } catch (DuplicateKeyException keptAlready) {
            // the same news handled twice: one entry is enough
        }
    }

    /**
     * Sends the summaries of the day: every entry that arrived before the day began.
     *
     * @return how many summary mails were written
     */
    int sendSummaries(LocalDate day) {
        var dayBegan = day.atStartOfDay(Formats.ZONE).toInstant();
        var waiting = mongo.find(new Query(Criteria.where("summarisedOn").is(null).and("createdAt").lt(dayBegan))
                .with(Sort.by("createdAt", "_id")), TaskMailDigestEntry.class);
        var byPerson = new LinkedHashMap<String, List<TaskMailDigestEntry>>();
        waiting.forEach(entry -> byPerson.computeIfAbsent(entry.username(), username -> new ArrayList<>()).add(entry));
        var sent = 0;
        for (var entries : byPerson.values()) {
            try {
                sent += summarise(entries, day) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Daily task summary for {} not sent", entries.getFirst().username(), e);
            }
        }
        removeOld(day.minusDays(KEEP_DAYS));
        return sent;
    }

    private boolean summarise(List<TaskMailDigestEntry> entries, LocalDate day) {
        var first = entries.getFirst();
        try {
            mongo.insert(new TaskMailSummary(first.workingGroupId(), first.username(), day, clock.instant()));
        } catch (DuplicateKeyException claimedAlready) {
            return false; // another node, or this one before a restart, took the person's day
        }
        var claimed = new ArrayList<TaskMailDigestEntry>();
        for (var entry : entries) {
            entry.summarisedOn(day);
            try {
                claimed.add(mongo.save(entry));
            } catch (OptimisticLockingFailureException takenElsewhere) {
                // summarised by another run already: not in this mail
            }
        }
        var mailbox = mailboxes.ofAccount(first.username());
        if (claimed.isEmpty() || mailbox.isEmpty()) {
            if (mailbox.isEmpty()) {
                log.info("Daily task summary for {} dropped: no active account with an address", first.username());
            }
            return false;
        }
        mailer.sendAutomatically(first.workingGroupId(),
                letters.summary(mailbox.get().name(), mailbox.get().email(), day, claimed));
        return true;
    }

    private void removeOld(LocalDate before) {
        mongo.remove(new Query(Criteria.where("summarisedOn").lt(before)), TaskMailDigestEntry.class);
        mongo.remove(new Query(Criteria.where("day").lt(before)), TaskMailSummary.class);
    }
}
