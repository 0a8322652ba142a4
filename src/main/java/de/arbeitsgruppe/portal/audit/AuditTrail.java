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
    /** Deeper than this the list asks for a narrower filter: each page is found from the newest entry on. */
    public static final int MAX_OFFSET = 10_000;
    /** The export stops here; a narrower filter gets the rest. */
    public static final int MAX_EXPORT = 100_000;
    private static final int MAX_DAYS_PER_READ = 32;

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
     * One page of the trail, newest first. Served from the index documents of the filters: per day,
     * the ids listed under every chosen filter are intersected, so only entries that match are read,
     * and the days are read a few at a time, so the first page never needs the whole trail.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        var wanted = Math.max(0, Math.min(limit, MAX_PAGE));
        var skip = Math.max(0, offset);
        if (skip >= MAX_OFFSET) {
            return List.of();
        }
        var ids = new ArrayList<String>();
        if (wanted > 0) {
            matchingIds(filter, skip + wanted, ids::add);
        }
        return ids.size() <= skip ? List.of() : store.entries(ids.subList(skip, ids.size())).stream().filter(filter::matches).toList();
    }

    /** Every entry the filter finds, newest first, up to {@link #MAX_EXPORT}. */
    @PreAuthorize("hasRole('ADMIN')")
    public void forEach(AuditFilter filter, Consumer<AuditEntry> action) {
        var ids = new ArrayList<String>();
        matchingIds(filter, MAX_EXPORT, ids::add);
        for (int start = 0; start < ids.size(); start += 500) {
            store.entries(ids.subList(start, Math.min(ids.size(), start + 500))).stream().filter(filter::matches).forEach(action);
        }
    }

    /** The record types the trail knows (collection names), for the filter. */
    @PreAuthorize("hasRole('ADMIN')")
    public SortedSet<String> recordTypes() {
        var types = new TreeSet<String>();
        for (MongoPersistentEntity<?> entity : mapping.getPersistentEntities()) {
            if (entity.getType().isAnnotationPresent(org.springframework.data.mongodb.core.mapping.Document.class)
                    && DocumentChangeListener.isAudited(entity.getType(), entity.getCollection())) {
                types.add(entity.getCollection());
            }
        }
        types.add(SecurityEventListener.ACCOUNTS);
        return types;
    }

    /** The ids of up to {@code max} matching entries, newest first, from the filters' index documents alone. */
    private void matchingIds(AuditFilter filter, int max, Consumer<String> found) {
        var group = workingGroup();
        var today = Formats.today();
        var to = filter.to() == null || filter.to().isAfter(today) ? today : filter.to();
        var oldest = today.minusDays(properties.retentionDays() + 1L);
        var from = filter.from() == null || filter.from().isBefore(oldest) ? oldest : filter.from();
        var count = 0;
        var span = 2; // a busy trail fills the first page from today and yesterday; read more days as it goes back
        for (var day = to; !day.isBefore(from) && count < max; day = day.minusDays(span), span = Math.min(span * 2, MAX_DAYS_PER_READ)) {
            var days = new ArrayList<LocalDate>();
            for (int i = 0; i < span && !day.minusDays(i).isBefore(from); i++) {
                days.add(day.minusDays(i));
            }
            var keys = new ArrayList<IndexKey>();
            days.forEach(each -> keys(filter, group, each).forEach(keys::addAll));
            var lists = store.ids(keys);
            for (LocalDate each : days) {
                for (String id : intersection(keys(filter, group, each), lists)) {
                    if (count++ >= max) {
                        return;
                    }
                    found.accept(id);
                }
            }
        }
    }

    /** The ids of the day under every chosen filter (each filter: the union of its shards), newest first. */
    private static List<String> intersection(List<List<IndexKey>> filters, java.util.Map<String, List<String>> lists) {
        List<String> result = null;
        for (List<IndexKey> shards : filters) {
            var ids = new ArrayList<String>();
            shards.forEach(key -> ids.addAll(lists.getOrDefault(key.id(), List.of())));
            if (result == null) {
                result = ids;
            } else {
                result.retainAll(new java.util.HashSet<>(ids));
            }
        }
        result.sort(Comparator.reverseOrder());
        return result;
    }

    /** The index documents of one day that the filter needs: per chosen filter (or all entries) its shards. */
    private static List<List<IndexKey>> keys(AuditFilter filter, String group, LocalDate day) {
        var keys = new ArrayList<List<IndexKey>>();
        if (filter.username() != null) {
            keys.add(IndexKey.allShards("actor", group, filter.username(), day));
        }
        if (filter.organisationId() != null) {
            keys.add(IndexKey.allShards("org", group, filter.organisationId(), day));
        }
        if (filter.recordType() != null) {
            keys.add(IndexKey.allShards("type", group, filter.recordType(), day));
        }
        if (filter.kind() != null) {
            keys.add(IndexKey.allShards("kind", group, filter.kind().name(), day));
        }
        if (keys.isEmpty()) {
            keys.add(IndexKey.allShards(IndexKey.ALL, group, "", day));
        }
        return keys;
    }

    private String workingGroup() {
        return Objects.requireNonNull(currentUser.require().workingGroupId());
    }
}
