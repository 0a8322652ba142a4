package de.arbeitsgruppe.portal.backup;

import de.arbeitsgruppe.portal.backup.internal.BackupArchive;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

/**
 * Restores an archive when the portal starts with {@code portal.restore}, and only into a database
 * without documents; otherwise the start fails and nothing is written. It runs before the web server
 * accepts requests and before the demo data: nobody can log in or write while it works. A restore
 * from a logged-in page could not be "into an empty installation" — the admin's own account and
 * login are already there — so there is none.
 */
@Component
class RestoreOnStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RestoreOnStart.class);

    private final RestoreProperties restore;
    private final PortalProperties portal;
    private final MongoDatabaseFactory database;
    private final ApplicationEventPublisher events;

    RestoreOnStart(RestoreProperties restore, PortalProperties portal, MongoDatabaseFactory database,
            ApplicationEventPublisher events) {
        this.restore = restore;
        this.portal = portal;
        this.database = database;
        this.events = events;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var archive = restore.restore();
        if (archive == null || archive.toString().isBlank()) {
            return;
        }
        if (portal.demoData()) {
            // the demo accounts, with their published password, would join the restored accounts
            throw new IllegalStateException("Refusing to restore " + archive + " with demo data switched on: "
                    + "start with --portal.demo-data=false --portal.restore=" + archive);
        }
        if (!Files.isReadable(archive)) {
            throw new IllegalStateException("Cannot read the backup " + archive.toAbsolutePath());
        }
        try {
            var manifest = BackupArchive.restore(archive, database.getMongoDatabase());
            log.info("Restored {} documents in {} collections from {} (written {} by portal {})",
                    manifest.totalDocuments(), manifest.documents().size(), archive, manifest.createdAt(), manifest.portalVersion());
            events.publishEvent(new DatabaseRestored(archive.getFileName().toString(), manifest));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup " + archive.toAbsolutePath(), e);
        }
    }
}
