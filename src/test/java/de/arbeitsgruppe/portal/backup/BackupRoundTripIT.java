package de.arbeitsgruppe.portal.backup;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.audit.AuditFilter;
import de.arbeitsgruppe.portal.audit.AuditKind;
import de.arbeitsgruppe.portal.audit.AuditTrail;
import de.arbeitsgruppe.portal.backup.internal.BackupArchive;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.shared.Role;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.test.context.ActiveProfiles;

/**
 * A backup of the running portal (with its demo data and trail) restored into a second, empty
 * embedded database holds every document of every collection, with the same values and types.
 */
@SpringBootTest
@ActiveProfiles("test")
class BackupRoundTripIT {

    @Autowired
    DatabaseBackup backup;
    @Autowired
    AuditTrail trail;
    @Autowired
    MongoDatabaseFactory portalDatabase;
    @Autowired
    ApplicationEventPublisher events;

    @TempDir
    Path directory;

    private MongoServer emptyServer;
    private MongoClient emptyClient;
    private MongoDatabase empty;

    @BeforeEach
    void startAnEmptyInstallation() {
        emptyServer = new MongoServer(H2Backend.inMemory());
        var address = emptyServer.bind();
        emptyClient = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        empty = emptyClient.getDatabase("portal");
    }

    @AfterEach
    void stopIt() {
        emptyClient.close();
        emptyServer.shutdownNow();
    }

    @Test
    void restoresEveryDocumentOfEveryCollectionIntoAnEmptyDatabase() throws IOException {
        var archive = directory.resolve("sicherung.zip");
        var written = backUp(archive);
        var source = portalDatabase.getMongoDatabase();

        var restored = BackupArchive.restore(archive, empty);

        assertThat(restored).isEqualTo(written);
        assertThat(written.documents().keySet()).containsExactlyInAnyOrderElementsOf(collectionNames(source))
                .contains("accounts", "organisations", "contacts", "meetings", "auditTrail");
        assertThat(written.totalDocuments()).isGreaterThan(50);
        for (String collection : collectionNames(source)) {
            assertThat(documents(empty, collection)).as(collection).isEqualTo(documents(source, collection))
                    .hasSize(written.documents().get(collection).intValue());
        }
        assertThat(collectionNames(empty)).containsExactlyInAnyOrderElementsOf(collectionNames(source));
    }

    @Test
    void keepsDatesLongsAndObjectIdsAsTheirOwnTypes() throws IOException {
        var archive = directory.resolve("sicherung.zip");
        var probe = new Document("_id", new org.bson.types.ObjectId()).append("when", new java.util.Date(1_764_000_000_123L))
                .append("count", 7L).append("small", 7).append("price", org.bson.types.Decimal128.parse("1.10"))
                .append("bytes", new org.bson.types.Binary(new byte[] {0, 1, 2, (byte) 255}));
        var probes = portalDatabase.getMongoDatabase().getCollection("backup-probe");
        probes.insertOne(probe);
        try {
            backUp(archive);
            BackupArchive.restore(archive, empty);

            assertThat(empty.getCollection("backup-probe").find().first()).isEqualTo(probe);
        } finally {
            probes.drop();
        }
    }

    @Test
    void writesTheManifestAndOneDocumentPerLineInCanonicalExtendedJson() throws IOException {
        var archive = directory.resolve("sicherung.zip");
        var written = backUp(archive);

        try (var zip = new ZipFile(archive.toFile())) {
            var manifest = Document.parse(new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(), UTF_8));
            assertThat(manifest.getString("format")).isEqualTo("koordinierungsportal-backup/1");
            assertThat(manifest.getString("workingGroupId")).isEqualTo("ag-musterstadt");
            assertThat(manifest.getList("workingGroups", String.class)).contains("ag-musterstadt");
            assertThat(manifest.getString("portalVersion")).isNotBlank();
            var accounts = new String(zip.getInputStream(zip.getEntry("accounts.json")).readAllBytes(), UTF_8).lines().toList();
            assertThat(accounts).hasSize(written.documents().get("accounts").intValue())
                    .anySatisfy(line -> assertThat(line).contains("\"username\": \"erik.admin\"").contains("{\"$numberLong\": "));
        }
    }

    @Test
    void refusesToRestoreIntoADatabaseThatHoldsDocuments() throws IOException {
        var archive = directory.resolve("sicherung.zip");
        backUp(archive);
        var portal = portalDatabase.getMongoDatabase();
        var before = BackupArchive.filledCollections(portal);

        assertThatThrownBy(() -> BackupArchive.restore(archive, portal))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already holds documents");
        assertThat(BackupArchive.filledCollections(portal)).isEqualTo(before);
    }

    @Test
    void refusesACutOffArchiveBeforeWritingAnything() throws IOException {
        var archive = directory.resolve("sicherung.zip");
        backUp(archive);
        var damaged = directory.resolve("beschaedigt.zip");
        withoutLastLine(archive, "contacts.json", damaged);

        assertThatThrownBy(() -> BackupArchive.restore(damaged, empty))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contacts.json holds");
        assertThat(BackupArchive.filledCollections(empty)).isEmpty();
    }

    @Test
    void namesEveryBackupInTheAuditTrailWithTheAdminWhoTookIt() throws IOException {
        backUp(directory.resolve("sicherung.zip"));

        var entries = SignedIn.as(SignedIn.ADMIN, Role.ADMIN,
                () -> trail.find(new AuditFilter(SignedIn.ADMIN, null, null, AuditKind.BACKUP_TAKEN, null, null), 0, 5));
        assertThat(entries).isNotEmpty();
        assertThat(entries.getFirst().detail()).startsWith("koordinierungsportal-sicherung-").endsWith(".zip");
    }

    @Test
    void restoresAtStartIntoTheEmptyDatabaseAndNotesItInTheTrail() throws IOException {
        var archive = directory.resolve("sicherung.zip");
        var written = backUp(archive);
        var start = new RestoreOnStart(new RestoreProperties(archive), portal(false),
                new SimpleMongoClientDatabaseFactory(emptyClient, "portal"), events);

        start.afterSingletonsInstantiated();

        var filled = new LinkedHashMap<>(written.documents());
        filled.values().removeIf(count -> count == 0);
        assertThat(BackupArchive.filledCollections(empty)).isEqualTo(filled);
        var entries = SignedIn.as(SignedIn.ADMIN, Role.ADMIN,
                () -> trail.find(new AuditFilter(null, null, null, AuditKind.DATABASE_RESTORED, null, null), 0, 5));
        assertThat(entries).isNotEmpty();
        assertThat(entries.getFirst().actor().username()).isNull();
        assertThat(entries.getFirst().detail()).startsWith("sicherung.zip · " + written.totalDocuments() + " · ");
    }

    @Test
    void refusesToRestoreAtStartWhileDemoDataIsSwitchedOn() throws IOException {
        var archive = directory.resolve("sicherung.zip");
        backUp(archive);
        var start = new RestoreOnStart(new RestoreProperties(archive), portal(true),
                new SimpleMongoClientDatabaseFactory(emptyClient, "portal"), events);

        assertThatThrownBy(start::afterSingletonsInstantiated)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("--portal.demo-data=false");
        assertThat(BackupArchive.filledCollections(empty)).isEmpty();
    }

    private static PortalProperties portal(boolean demoData) {
        return new PortalProperties("ag-musterstadt", Path.of("./data"), demoData, true, "local", false);
    }

    private BackupManifest backUp(Path archive) {
        return SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> {
            try (OutputStream out = Files.newOutputStream(archive)) {
                return backup.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<String> collectionNames(MongoDatabase database) {
        return database.listCollectionNames().into(new ArrayList<>()).stream().filter(name -> !name.startsWith("system.")).toList();
    }

    /** Every document by its id, as the driver reads it back: equal maps mean equal values of equal types. */
    private static Map<Object, Document> documents(MongoDatabase database, String collection) {
        var documents = new LinkedHashMap<Object, Document>();
        database.getCollection(collection).find().forEach(document -> documents.put(document.get("_id"), document));
        return documents;
    }

    private static void withoutLastLine(Path archive, String entryName, Path target) throws IOException {
        try (var zip = new ZipFile(archive.toFile()); var out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                var bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(entryName)) {
                    var lines = new String(bytes, UTF_8).lines().toList();
                    bytes = String.join("\n", lines.subList(0, lines.size() - 1)).concat("\n").getBytes(UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
