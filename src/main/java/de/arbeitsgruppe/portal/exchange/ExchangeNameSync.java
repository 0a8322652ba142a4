package de.arbeitsgruppe.portal.exchange;

import de.arbeitsgruppe.portal.exchange.internal.ExchangeAgreements;
import de.arbeitsgruppe.portal.organisation.OrganisationRenamed;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps the authorities' names the agreements copy (the register's order, its pages, the CSV for the
 * leadership, the reminder mails) in step with a rename, as the directory and the tasks do: without
 * it they would show the old name until someone happened to save the agreement. Runs in the request
 * of the rename, which never fails for it; an agreement that keeps changing keeps the old name until
 * its next save, which copies the names anew.
 */
@Component
class ExchangeNameSync {

    private static final Logger log = LoggerFactory.getLogger(ExchangeNameSync.class);
    private static final int ATTEMPTS = 3;

    private final ExchangeAgreements agreements;
    private final MongoTemplate mongo;

    ExchangeNameSync(ExchangeAgreements agreements, MongoTemplate mongo) {
        this.agreements = agreements;
        this.mongo = mongo;
    }

    @EventListener
    void on(OrganisationRenamed event) {
        var query = new Query(new Criteria().orOperator(Criteria.where("organisationAId").is(event.organisationId()),
                Criteria.where("organisationBId").is(event.organisationId())));
        query.fields().include("_id");
        for (var agreement : mongo.find(query, ExchangeAgreement.class)) {
            rename(agreement.getId(), event);
        }
    }

    private void rename(String agreementId, OrganisationRenamed event) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var found = agreements.findById(agreementId);
            if (found.isEmpty()) {
                return;
            }
            var agreement = found.get();
            var changed = false;
            if (Objects.equals(agreement.getOrganisationAId(), event.organisationId())
                    && !Objects.equals(agreement.getOrganisationAName(), event.name())) {
                agreement.setOrganisationAName(event.name());
                changed = true;
            }
            if (Objects.equals(agreement.getOrganisationBId(), event.organisationId())
                    && !Objects.equals(agreement.getOrganisationBName(), event.name())) {
                agreement.setOrganisationBName(event.name());
                changed = true;
            }
            if (!changed) {
                return;
            }
            try {
                VersionedSave.of(agreement, () -> agreements.save(agreement));
                return;
            } catch (ConflictException savedMeanwhile) {
                // someone saved the agreement in between: read it again
            } catch (RuntimeException e) {
                log.warn("Agreement {} keeps the old name of organisation {} until its next save", agreementId,
                        event.organisationId(), e);
                return;
            }
        }
        log.warn("Agreement {} kept changing: it keeps the old name of organisation {} until its next save", agreementId,
                event.organisationId());
    }
}
