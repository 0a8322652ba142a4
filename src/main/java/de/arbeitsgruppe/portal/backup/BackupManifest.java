package de.arbeitsgruppe.portal.backup;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * What an archive holds, written as {@code manifest.json} next to the collections: the restore checks
 * the format and each collection's document count against it, so a cut-off download is refused.
 *
 * @param portalVersion the version of the portal that wrote it
 * @param workingGroupId the working group of the installation that wrote it
 * @param workingGroups every working group found in the documents (one database may serve several)
 * @param documents documents per collection, in the order they were written
 */
public record BackupManifest(String format, String portalVersion, Instant createdAt, String database,
        String workingGroupId, List<String> workingGroups, Map<String, Long> documents) {

    public static final String FORMAT = "koordinierungsportal-backup/1";
    public static final String FILE = "manifest.json";

    public long totalDocuments() {
        return documents.values().stream().mapToLong(Long::longValue).sum();
    }

    public Document toDocument() {
        return new Document("format", format).append("portalVersion", portalVersion)
                .append("createdAt", Date.from(createdAt)).append("database", database)
                .append("workingGroupId", workingGroupId).append("workingGroups", workingGroups)
                .append("documents", new Document(new LinkedHashMap<>(documents)));
    }

    public static BackupManifest of(Document document) {
        var documents = new LinkedHashMap<String, Long>();
        document.get("documents", Document.class).forEach((name, count) -> documents.put(name, ((Number) count).longValue()));
        return new BackupManifest(document.getString("format"), document.getString("portalVersion"),
                document.getDate("createdAt").toInstant(), document.getString("database"),
                document.getString("workingGroupId"), document.getList("workingGroups", String.class, List.of()), documents);
    }
}
