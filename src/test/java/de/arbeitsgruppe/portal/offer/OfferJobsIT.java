package de.arbeitsgruppe.portal.offer;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The offers' jobs as the scheduler would run them, on several nodes and after restarts (new
 * instances, nothing kept in memory): offers past their end leave the catalogue, and a provider is
 * reminded once of an offer not confirmed for four weeks.
 */
class OfferJobsIT extends OfferMailContext {

    @Test
    void archivesAnOfferThePastDayAfterItsEndAndTheCatalogueNoLongerListsIt() {
        var day = startDay();
        var provider = provider("Ende", 1);
        var ending = published(provider, "Kurs endet bald " + suffix, day.minusDays(30), day.plusDays(2));
        var running = published(provider, "Kurs läuft weiter " + suffix, day.minusDays(30), day.plusDays(60));

        at(day.plusDays(2), 23);
        newNode().archiveEnded();
        assertThat(current(ending).getStatus()).as("ends today: still on").isEqualTo(OfferStatus.PUBLISHED);

        at(day.plusDays(3), 1);
        newNode().archiveEnded();
        newNode().archiveEnded();

        assertThat(current(ending).getStatus()).isEqualTo(OfferStatus.ARCHIVED);
        assertThat(current(ending).isListed()).isFalse();
        assertThat(mongo.findById(ending.getId(), CatalogueOffer.class).isWithdrawn()).as("the published copy").isTrue();
        assertThat(catalogue.find(ending.getId())).isEmpty();
        assertThat(catalogue.all(OfferFilter.NONE)).extracting(CatalogueOffer::getId)
                .doesNotContain(ending.getId()).contains(running.getId());
        assertThat(current(running).getStatus()).isEqualTo(OfferStatus.PUBLISHED);
    }

    @Test
    void writesTheCatalogueCopyOfAPublishedOfferAgainWhenItsWriteWasLost() {
        var day = startDay();
        var provider = provider("Reparatur", 1);
        var lost = published(provider, "Kopie verloren " + suffix, day.minusDays(5), day.plusDays(90));
        mongo.remove(new Query(Criteria.where("_id").is(lost.getId())), CatalogueOffer.class);
        assertThat(catalogue.find(lost.getId())).isEmpty();

        at(day, 12);
        newNode().archiveEnded();

        assertThat(catalogue.find(lost.getId())).map(offer -> offer.getDetails().getTitle())
                .contains("Kopie verloren " + suffix);
        assertThat(catalogue.all(OfferFilter.NONE)).extracting(CatalogueOffer::getId).contains(lost.getId());
    }

    @Test
    void writesTheLastPublicationAgainWhereOnlyALaterFreePlacesWriteReachedTheCopy() {
        var day = startDay();
        var provider = provider("Veraltet", 1);
        var offer = published(provider, "Neue Fassung " + suffix, day.minusDays(5), day.plusDays(90));
        // as if the publication's write was lost while the free places set afterwards reached the copy
        mongo.updateFirst(new Query(Criteria.where("_id").is(offer.getId())),
                new org.springframework.data.mongodb.core.query.Update().set("details.title", "Alte Fassung")
                        .set("publishedAt", java.time.Instant.parse("2020-01-01T00:00:00Z")),
                CatalogueOffer.class);

        at(day, 12);
        newNode().archiveEnded();

        assertThat(catalogue.find(offer.getId())).map(listed -> listed.getDetails().getTitle())
                .contains("Neue Fassung " + suffix);
    }

    @Test
    void keepsAPublishedCourseWhoseChangeInReviewEndsEarlierUntilThePublishedEndHasPassed() {
        var day = startDay();
        var provider = provider("Aenderung", 1);
        var offer = published(provider, "Langer Kurs " + suffix, day.minusDays(5), day.plusDays(90));
        var person = provider.people().getFirst();
        SignedIn.as(person.username(), Role.PARTNER, () -> {
            var changed = management.find(offer.getId()).orElseThrow();
            changed.getDetails().setEnd(day.plusDays(1));
            return management.resubmit(changed);
        });

        at(day.plusDays(3), 1);
        newNode().archiveEnded();

        assertThat(current(offer).getStatus()).isEqualTo(OfferStatus.IN_REVIEW);
        assertThat(catalogue.find(offer.getId())).as("the published version runs on").isPresent();
    }

    @Test
    void remindsTheProviderOnceAfterFourWeeksAndAgainOnlyFourWeeksAfterAConfirmation() {
        var day = startDay();
        var provider = provider("Erinnerung", 2);
        var title = "Sprachkurs zum Prüfen " + suffix;
        var offer = published(provider, title, day.minusDays(10), day.plusDays(300));
        var subject = "Bitte prüfen: " + title;

        at(day.plusDays(27), 9);
        newNode().remindStale();
        assertThat(mails(provider.people().get(0).email(), subject)).as("not yet four weeks").isEmpty();

        at(day.plusDays(28), 9);
        newNode().remindStale();
        newNode().remindStale();
        at(day.plusDays(29), 9);
        newNode().remindStale();

        for (var person : provider.people()) {
            var reminders = mails(person.email(), subject);
            assertThat(reminders).as(person.username()).hasSize(1);
            assertThat(reminders.getFirst().text()).contains("seit dem " + Formats.date(day),
                    "Bitte prüfen Sie die Angaben", "„Angaben bestätigen“",
                    "Zum Angebot: http://localhost:8080/angebote/" + offer.getId());
        }

        var person = provider.people().getFirst();
        at(day.plusDays(30), 11);
        var confirmed = SignedIn.as(person.username(), Role.PARTNER,
                () -> management.confirm(offer.getId(), current(offer).getVersion()));
        assertThat(catalogue.find(offer.getId()).orElseThrow().staleSince(day.plusDays(30)))
                .as("the catalogue no longer marks it").isNull();
        assertThat(confirmed.getStatus()).as("no new review").isEqualTo(OfferStatus.PUBLISHED);

        at(day.plusDays(57), 9);
        newNode().remindStale();
        assertThat(mails(person.email(), subject)).as("four weeks after the confirmation not yet over").hasSize(1);

        at(day.plusDays(58), 9);
        newNode().remindStale();
        newNode().remindStale();
        assertThat(mails(person.email(), subject)).hasSize(2);
        assertThat(mails(person.email(), subject).getLast().text()).contains("seit dem " + Formats.date(day.plusDays(30)));
    }

    @Test
    void remindsOfNoOfferThatIsNotInTheCatalogue() {
        var day = startDay();
        var provider = provider("Entwurf", 1);
        var title = "Nie veröffentlicht " + suffix;
        submitted(provider, title, day.plusDays(10), day.plusDays(300));

        at(day.plusDays(40), 9);
        newNode().remindStale();

        assertThat(mails(provider.people().getFirst().email(), "Bitte prüfen: " + title)).isEmpty();
    }
}
