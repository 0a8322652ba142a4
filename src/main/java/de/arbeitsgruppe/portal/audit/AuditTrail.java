package de.arbeitsgruppe.portal.audit;

import de.arbeitsgruppe.portal.audit.internal.AuditStore;
import de.arbeitsgruppe.portal.audit.internal.IndexKey;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Formats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Reading the trail: one record's "Verlauf" for the office, the whole trail for admins. */
@Service
public class AuditTrail {

    /** A record's page shows this many of its latest entries. */
    public static final int HISTORY_LIMIT = 200;
    public static final int MAX_PAGE = 500;
    /** The export stops here; a narrower filter gets the rest. */
    public static final int MAX_EXPORT = 100_000;
    private static final int DAYS_PER_READ = 16;

    private final AuditStore store;
    private final CurrentUser currentUser;
    private final MongoMappingContext mapping;
    private final AuditProperties properties;

    AuditTrail(AuditStore store, CurrentUser currentUser, MongoMappingContext mapping, AuditProperties properties) {
        this.store = store;
        this.currentUser = currentUser;
        this.mapping = mapping;
        this.properties = properties;
    }

    /** The latest changes and events of one record of the user's working group, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<AuditEntry> historyOf(Class<?> documentType, String id) {
        var entity = mapping.getPersistentEntity(documentType);
        if (entity == null || id == null) {
            return List.of();
        }
        var key = IndexKey.record(workingGroup(), entity.getCollection(), id);
        var ids = store.ids(List.of(key)).getOrDefault(key.id(), List.of());
        var latest = ids.stream().sorted(Comparator.reverseOrder()).limit(HISTORY_LIMIT).toList();
        return store.entries(latest);
    }

    /**
     * One page of the trail, newest first. Served from the index documents of the most selective
     * filter, read a few days at a time, so the first page never needs the whole trail.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        var page = new ArrayList<AuditEntry>();
        var skip = Math.max(0, offset);
        var wanted = Math.max(0, Math.min(limit, MAX_PAGE));
        if (wanted == 0) {
            return page;
        }
        var remaining = new int[] {skip};
        walk(filter, batch -> {
            for (AuditEntry entry : batch) {
                if (page.size() >= wanted) {
                    return;
                }
                if (remaining[0] > 0) {
                    remaining[0]--;
                } else {
                    page.add(entry);
                }
            }
        }, () -> page.size() >= wanted);
        return page;
    }

    /** Every entry the filter finds, newest first, up to {@link #MAX_EXPORT}. */
    @PreAuthorize("hasRole('ADMIN')")
    public void forEach(AuditFilter filter, Consumer<AuditEntry> action) {
        var count = new int[1];
        walk(filter, batch -> batch.forEach(entry -> {
            if (count[0]++ < MAX_EXPORT) {
                action.accept(entry);
            }
        }), () -> count[0] >= MAX_EXPORT);
    }

    /** The record types the trail knows (collection names), for the filter. */
    @PreAuthorize("hasRole('ADMIN')")
    public SortedSet<String> recordTypes() {
        var types = new TreeSet<String>();
        for (MongoPersistentEntity<?> entity : mapping.getPersistentEntities()) {
            if (entity.getType().isAnnotationPresent(org.springframework.data.mongodb.core.mapping.Document.class)
                    && DocumentChangeListener.isAudited(entity.getCollection())) {
                types.add(entity.getCollection());
            }
        }
        types.add(SecurityEventListener.ACCOUNTS);
        return types;
    }

    private void walk(AuditFilter filter, Consumer<List<AuditEntry>> matches, java.util.function.BooleanSupplier done) {
        var group = workingGroup();
        var today = Formats.today();
        var to = filter.to() == null || filter.to().isAfter(today) ? today : filter.to();
        var oldest = today.minusDays(properties.retentionDays() + 1L);
        var from = filter.from() == null || filter.from().isBefore(oldest) ? oldest : filter.from();
        for (var day = to; !day.isBefore(from) && !done.getAsBoolean(); day = day.minusDays(DAYS_PER_READ)) {
            var keys = new ArrayList<IndexKey>();
            for (int i = 0; i < DAYS_PER_READ && !day.minusDays(i).isBefore(from); i++) {
                keys.add(key(filter, group, day.minusDays(i)));
            }
            var found = store.ids(keys);
            for (IndexKey key : keys) {
                var ids = found.getOrDefault(key.id(), List.of()).stream().sorted(Comparator.reverseOrder()).toList();
                for (int start = 0; start < ids.size() && !done.getAsBoolean(); start += 200) {
                    var batch = store.entries(ids.subList(start, Math.min(ids.size(), start + 200))).stream()
                            .filter(filter::matches).toList();
                    matches.accept(batch);
                }
            }
        }
    }

    /** The index that narrows most: a person, an organisation, a record type, a kind, else all entries. */
    private static IndexKey key(AuditFilter filter, String group, LocalDate day) {
        if (filter.username() != null) {
            return IndexKey.of("actor", group, filter.username(), day);
        }
        if (filter.organisationId() != null) {
            return IndexKey.of("org", group, filter.organisationId(), day);
        }
        if (filter.recordType() != null) {
            return IndexKey.of("type", group, filter.recordType(), day);
        }
        if (filter.kind() != null) {
            return IndexKey.of("kind", group, filter.kind().name(), day);
        }
        return IndexKey.of(IndexKey.ALL, group, "", day);
    }

    private String workingGroup() {
        return Objects.requireNonNull(currentUser.require().workingGroupId());
    }
}
