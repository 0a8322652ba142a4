package de.arbeitsgruppe.portal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.shared.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * What one automatic save of an item's notes costs the server while the minute-taker types: the
 * whole service call (who may write, the meeting, the protocol, the stored notes, the save with
 * its audit entry) with 2,000 other protocols of 5 items each in the embedded database. Prints
 * the figures; asserts only that every save arrived, never a time.
 *
 * <p>{@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ProtocolAutosaveBenchmarkIT}
 */
@SpringBootTest
@ActiveProfiles("test")
class ProtocolAutosaveBenchmarkIT {

    private static final int OTHER_PROTOCOLS = 2_000;
    private static final int WARM_UP = 30;
    private static final int MEASURED = 150;
    private static final String OTHER_MEETING = "benchmark-meeting-";

    @Autowired
    ProtocolManagement protocols;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    MongoTemplate mongo;

    /**
     * The other protocols leave the shared database again, so that the tests after this one see only
     * their own records; closing the whole context instead (as before) made the next test start it
     * anew. Straight through the collections, like the seeding, so that no trail entries follow.
     */
    @AfterEach
    void removeTheOtherProtocols() {
        mongo.getCollection(mongo.getCollectionName(ItemNotes.class)).deleteMany(Filters.regex("protocolId", "^" + OTHER_MEETING));
        mongo.getCollection(mongo.getCollectionName(Protocol.class)).deleteMany(Filters.regex("_id", "^" + OTHER_MEETING));
    }

    @Test
    void measuresAnAutomaticSaveOfAnItemsNotes() {
        seedOtherProtocols();
        var meeting = ProtocolFixtures.heldSession(meetings, "Autosave-Messung", AgendaFixtures.farBehind());
        var item = ProtocolFixtures.item(meeting, 1);
        var text = new StringBuilder("Bericht der Agentur für Arbeit zu freien Kursplätzen. ".repeat(60));
        var timings = SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            protocols.start(meeting.getId());
            Long version = null;
            var measured = new ArrayList<Double>();
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                text.append(" Satz ").append(i).append('.');
                var started = System.nanoTime();
                version = protocols.saveNotes(meeting.getId(), item, version, text.toString(), null).getVersion();
                var millis = (System.nanoTime() - started) / 1e6;
                if (i >= WARM_UP) {
                    measured.add(millis);
                }
            }
            return measured;
        });
        var stored = SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR,
                () -> protocols.find(meeting.getId())).orElseThrow().notes().get(item);
        assertThat(stored.getNotes()).endsWith("Satz " + (WARM_UP + MEASURED - 1) + ".");
        var sorted = timings.stream().sorted().toList();
        System.out.printf("Benchmark minutes auto-save: %,d other protocols, %,d-character notes, %d saves: "
                        + "median %.1f ms, p90 %.1f ms%n", OTHER_PROTOCOLS, text.length(), MEASURED,
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 9 / 10));
    }

    private void seedOtherProtocols() {
        var seeded = new ArrayList<Protocol>();
        var notes = new ArrayList<ItemNotes>();
        for (int i = 0; i < OTHER_PROTOCOLS; i++) {
            var protocol = new Protocol(OTHER_MEETING + i, "ag-musterstadt", Instant.now());
            seeded.add(protocol);
            for (int item = 0; item < 5; item++) {
                var itemNotes = new ItemNotes("ag-musterstadt", protocol.getId(), "item-" + item);
                itemNotes.setNotes("Notizen zu Punkt " + item + " der Sitzung " + i + ". ".repeat(20));
                notes.add(itemNotes);
            }
        }
        mongo.insert(seeded, Protocol.class);
        for (int from = 0; from < notes.size(); from += 1_000) {
            mongo.insert(List.copyOf(notes.subList(from, Math.min(notes.size(), from + 1_000))), ItemNotes.class);
        }
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), Protocol.class))
                .isGreaterThanOrEqualTo(OTHER_PROTOCOLS);
    }
}
