package de.arbeitsgruppe.portal.backup;

import de.arbeitsgruppe.portal.backup.internal.BackupArchive;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Formats;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A copy of the whole database while the portal runs, for the admin's download. It holds every
 * working group of the installation and every password hash: only admins, and each copy is named in
 * the audit trail.
 */
@Service
public class DatabaseBackup {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").withZone(Formats.ZONE);

    private final MongoDatabaseFactory database;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    DatabaseBackup(MongoDatabaseFactory database, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.database = database;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** A file name that sorts by time: {@code koordinierungsportal-sicherung-2026-12-02-1530.zip}. */
    @PreAuthorize("hasRole('ADMIN')")
    public String fileName() {
        return "koordinierungsportal-sicherung-" + FILE_TIME.format(clock.instant()) + ".zip";
    }

    /**
     * Writes the archive; the trail entry comes first, so that the archive holds its own record and a
     * restored installation shows when its data was copied out.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public BackupManifest writeTo(OutputStream out) {
        var header = new BackupManifest(BackupManifest.FORMAT, portalVersion(), clock.instant().truncatedTo(ChronoUnit.MILLIS), null,
                currentUser.require().workingGroupId(), List.of(), Map.of());
        events.publishEvent(new BackupTaken(fileName()));
        try {
            return BackupArchive.write(database.getMongoDatabase(), header, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String portalVersion() {
        // the jar's manifest carries the project version; a run from the IDE or from tests has none
        return Objects.requireNonNullElse(DatabaseBackup.class.getPackage().getImplementationVersion(), "development");
    }
}
