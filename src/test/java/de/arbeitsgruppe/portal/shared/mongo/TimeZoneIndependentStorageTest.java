package de.arbeitsgruppe.portal.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.test.context.ActiveProfiles;

/** Portal nodes may run in different time zones (a container in UTC); stored dates must not move. */
@SpringBootTest
@ActiveProfiles("test")
class TimeZoneIndependentStorageTest {

    @Document("time-zone-check")
    record Stamp(@Id String id, LocalDateTime firstStart, LocalDate until) {
    }

    @Autowired
    MongoTemplate mongo;

    @Test
    void readsTheWallClockTimeANodeInAnotherTimeZoneWrote() {
        var written = new Stamp("stamp-" + System.nanoTime(), LocalDateTime.of(2027, 3, 16, 14, 0), LocalDate.of(2027, 4, 6));
        inTimeZone("Europe/Berlin", () -> mongo.save(written));

        var read = inTimeZone("UTC", () -> mongo.findById(written.id(), Stamp.class));

        assertThat(read).isEqualTo(written);
    }

    private static <T> T inTimeZone(String zone, Supplier<T> action) {
        var previous = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try {
            return action.get();
        } finally {
            TimeZone.setDefault(previous);
        }
    }
}
