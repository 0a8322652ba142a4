package de.arbeitsgruppe.portal.backup.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.mongodb.client.MongoDatabase;
import de.arbeitsgruppe.portal.backup.BackupManifest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * The archive format: a zip with one {@code <collection>.json} per collection, one document per line
 * in canonical Extended JSON (every BSON type kept exactly), and {@code manifest.json}. Works on the
 * raw driver with {@link BsonDocument}s, so no mapping, validation, text cleaning or audit listener
 * changes a document on its way in or out.
 */
public final class BackupArchive {

    private static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
    private static final JsonWriterSettings READABLE = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).indent(true).build();
    private static final String SUFFIX = ".json";
    private static final int BATCH = 500;

    private BackupArchive() {
    }

    /**
     * Writes every collection, one after the other. Each document is written as it is when read; the
     * collections are not one snapshot (neither server offers one without transactions).
     */
    public static BackupManifest write(MongoDatabase database, BackupManifest header, OutputStream out) throws IOException {
        var counts = new LinkedHashMap<String, Long>();
        var groups = new TreeSet<String>();
        var zip = new ZipOutputStream(out, UTF_8);
        Writer writer = new OutputStreamWriter(zip, UTF_8);
        for (String name : collectionNames(database)) {
            zip.putNextEntry(new ZipEntry(name + SUFFIX));
            long count = 0;
            try (var cursor = database.getCollection(name, BsonDocument.class).find().batchSize(BATCH).cursor()) {
                while (cursor.hasNext()) {
                    var document = cursor.next();
                    writer.write(document.toJson(CANONICAL));
                    writer.write('\n');
                    if (document.get("workingGroupId") instanceof BsonString group) {
                        groups.add(group.getValue());
                    }
                    count++;
                }
            }
            writer.flush();
            zip.closeEntry();
            counts.put(name, count);
        }
        var manifest = new BackupManifest(BackupManifest.FORMAT, header.portalVersion(), header.createdAt(),
                database.getName(), header.workingGroupId(), List.copyOf(groups), counts);
        zip.putNextEntry(new ZipEntry(BackupManifest.FILE));
        writer.write(manifest.toDocument().toJson(READABLE));
        writer.flush();
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    /**
     * Restores an archive into a database without documents, and refuses any other: a restore never
     * mixes with or overwrites data. The whole archive is read and checked against its manifest
     * before the first document is written, so a damaged or cut-off archive writes nothing.
     */
    public static BackupManifest restore(Path archive, MongoDatabase database) throws IOException {
        try (var zip = new ZipFile(archive.toFile(), UTF_8)) {
            var manifest = manifest(zip);
            requireEmpty(database);
            for (var collection : manifest.documents().entrySet()) {
                read(zip, collection.getKey(), collection.getValue(), document -> { });
            }
            var existing = collectionNames(database);
            for (var collection : manifest.documents().entrySet()) {
                var name = collection.getKey();
                if (!existing.contains(name)) {
                    database.createCollection(name);
                }
                var target = database.getCollection(name, BsonDocument.class);
                var batch = new ArrayList<BsonDocument>(BATCH);
                read(zip, name, collection.getValue(), document -> {
                    batch.add(document);
                    if (batch.size() == BATCH) {
                        target.insertMany(batch);
                        batch.clear();
                    }
                });
                if (!batch.isEmpty()) {
                    target.insertMany(batch);
                }
            }
            return manifest;
        }
    }

    /** Collections that hold documents, with their counts: a restore needs none. */
    public static Map<String, Long> filledCollections(MongoDatabase database) {
        var filled = new LinkedHashMap<String, Long>();
        for (String name : collectionNames(database)) {
            var count = database.getCollection(name).countDocuments();
            if (count > 0) {
                filled.put(name, count);
            }
        }
        return filled;
    }

    private static void requireEmpty(MongoDatabase database) {
        var filled = filledCollections(database);
        if (!filled.isEmpty()) {
            throw new IllegalStateException("Refusing to restore: the database " + database.getName()
                    + " already holds documents " + filled + ". Restore only into an empty installation "
                    + "(a new data directory, or an empty MongoDB database).");
        }
    }

    private static BackupManifest manifest(ZipFile zip) throws IOException {
        var entry = zip.getEntry(BackupManifest.FILE);
        if (entry == null) {
            throw new IllegalArgumentException("Not a portal backup: " + BackupManifest.FILE + " is missing");
        }
        try (var in = zip.getInputStream(entry)) {
            var manifest = BackupManifest.of(Document.parse(new String(in.readAllBytes(), UTF_8)));
            if (!BackupManifest.FORMAT.equals(manifest.format())) {
                throw new IllegalArgumentException("Unknown backup format " + manifest.format() + ", expected " + BackupManifest.FORMAT);
            }
            manifest.documents().keySet().forEach(BackupArchive::requireCollectionName);
            return manifest;
        }
    }

    private static void read(ZipFile zip, String collection, long expected, Consumer<BsonDocument> each) throws IOException {
        var entry = zip.getEntry(collection + SUFFIX);
        if (entry == null) {
            throw new IllegalArgumentException("The archive lacks " + collection + SUFFIX + " named in its manifest");
        }
        long count = 0;
        try (var reader = new BufferedReader(new InputStreamReader(zip.getInputStream(entry), UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    each.accept(BsonDocument.parse(line));
                    count++;
                }
            }
        }
        if (count != expected) {
            throw new IllegalArgumentException(collection + SUFFIX + " holds " + count + " documents, its manifest says " + expected);
        }
    }

    private static void requireCollectionName(String name) {
        if (name.isBlank() || name.startsWith("system.") || name.contains("$") || name.contains("\0")) {
            throw new IllegalArgumentException("Not a collection the portal writes: " + name);
        }
    }

    private static List<String> collectionNames(MongoDatabase database) {
        return StreamSupport.stream(database.listCollectionNames().spliterator(), false)
                .filter(name -> !name.startsWith("system."))
                .sorted()
                .toList();
    }
}
