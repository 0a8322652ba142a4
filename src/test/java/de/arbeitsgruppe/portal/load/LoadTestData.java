package de.arbeitsgruppe.portal.load;

import de.arbeitsgruppe.portal.PortalApplication;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The data of a large installation for the load test: 20 working groups in one database, the one
 * the portal serves ({@code ag-musterstadt}, with its demo data) and 19 others, each with its
 * organisations, contacts, two years of meetings, approved minutes, tasks, offers and districts,
 * plus the accounts and fixed ids the simulation uses ({@link LoadIds}).
 *
 * <p>{@code load/seed.sh /tmp/load-data} runs {@link #main} once: it starts the portal without a web
 * server on the data directory, seeds, prints a summary and ends. A second run on the same directory
 * finds the marker and leaves the data alone. The production jar then starts on that directory.
 */
public final class LoadTestData {

    /** Marks a database as seeded, so a second run changes nothing. */
    static final String MARKER_COLLECTION = "loadTestData";
    static final String MARKER_ID = "seed";

    /** How much of everything each group gets. */
    public record Scale(int contactsPerOrganisation, int singleMeetings, int tasks, int offers, int members, int office,
            int partnerOrganisations, int minutesMeetings) {

        /**
         * The installation of issue 14: ~160 contacts, ~70 meetings, 300 tasks, 60 offers per group; accounts
         * for 1,000 concurrent users of the simulation's mix, so no two of them share an account (and a meeting
         * to prepare or an offer to update).
         */
        public static final Scale FULL = new Scale(8, 20, 300, 60, 600, 100, 75, 100);
        /** Enough of each for a test in a shared context. */
        public static final Scale TINY = new Scale(2, 2, 12, 6, 4, 2, 2, 3);
    }

    /** What the seed wrote (or found, when the database was seeded before), and how long it took. */
    public record Summary(int workingGroups, Map<String, Long> documents, Duration took, boolean seededBefore) {

        @Override
        public String toString() {
            var lines = new StringBuilder(seededBefore
                    ? "Load-test data: seeded before, nothing written. Documents now:%n".formatted()
                    : "Load-test data: %d working groups seeded in %.1f s. Documents now:%n".formatted(workingGroups,
                            took.toMillis() / 1000.0));
            documents.forEach((collection, count) -> lines.append("  %-20s %,8d%n".formatted(collection, count)));
            return lines.toString();
        }
    }

    private LoadTestData() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: LoadTestData <data directory>");
            System.exit(2);
        }
        var application = new SpringApplication(PortalApplication.class);
        // Vaadin's Spring integration needs a web application context, so "web-application-type=none"
        // fails at start: a server on a free port of the loopback interface, which nobody calls
        var context = application.run("--server.port=0", "--server.address=127.0.0.1",
                "--portal.data-directory=" + args[0], "--logging.level.root=WARN");
        Summary summary;
        try {
            summary = seed(context, LoadIds.WORKING_GROUPS, Scale.FULL);
        } finally {
            context.close();
        }
        System.out.print(summary);
        System.exit(0);
    }

    /**
     * Seeds {@code workingGroups} groups (the portal's own first) unless the database holds the
     * marker of an earlier seed.
     */
    public static Summary seed(ApplicationContext context, int workingGroups, Scale scale) {
        var mongo = context.getBean(MongoTemplate.class);
        var home = context.getBean(PortalProperties.class).workingGroupId();
        long start = System.nanoTime();
        if (mongo.findById(MARKER_ID, Document.class, MARKER_COLLECTION) != null) {
            return new Summary(workingGroups, counts(mongo), Duration.ZERO, true);
        }
        new GroupSeeder(context, home, scale).seed(workingGroups);
        mongo.insert(new Document("_id", MARKER_ID).append("workingGroups", workingGroups)
                .append("scale", scale.toString()).append("seededAt", Instant.now()), MARKER_COLLECTION);
        return new Summary(workingGroups, counts(mongo), Duration.ofNanos(System.nanoTime() - start), false);
    }

    private static Map<String, Long> counts(MongoTemplate mongo) {
        var counts = new LinkedHashMap<String, Long>();
        for (var collection : new String[] {"accounts", "organisations", "contacts", "meetings", "protocols",
                "protocolNotes", "decisions", "protocolVersions", "tasks", "openTasks", "offers", "catalogue",
                "districtLists"}) {
            counts.put(collection, mongo.getCollection(collection).countDocuments());
        }
        return counts;
    }
}
