package de.arbeitsgruppe.portal.audit;

import de.arbeitsgruppe.portal.audit.internal.AuditStore;
import de.arbeitsgruppe.portal.audit.internal.TrailIndex;
import de.arbeitsgruppe.portal.audit.internal.TrailIndex.Dimension;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Formats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
        var ids = store.recordList(TrailIndex.recordListId(workingGroup(), entity.getCollection(), id));
        var latest = ids.stream().sorted(Comparator.reverseOrder()).limit(HISTORY_LIMIT).toList();
        return store.entries(latest);
    }

    /**
     * One page of the trail, newest first. Served from the day buckets' list for exactly the chosen
     * filters, so only entries that match are read, and the days are read a few at a time, so the
     * first page never needs the whole trail.
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

    /** The ids of up to {@code max} matching entries, newest first, from the day buckets alone. */
    private void matchingIds(AuditFilter filter, int max, Consumer<String> found) {
        var group = workingGroup();
        var list = TrailIndex.listName(chosen(filter));
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
            var lists = store.dayLists(group, days, list);
            for (LocalDate each : days) {
                for (String id : lists.getOrDefault(each, List.of())) {
                    if (count++ >= max) {
                        return;
                    }
                    found.accept(id);
                }
            }
        }
    }

    private static Map<Dimension, String> chosen(AuditFilter filter) {
        var chosen = new EnumMap<Dimension, String>(Dimension.class);
        if (filter.username() != null) {
            chosen.put(Dimension.ACTOR, filter.username());
        }
        if (filter.organisationId() != null) {
            chosen.put(Dimension.ORGANISATION, filter.organisationId());
        }
        if (filter.recordType() != null) {
            chosen.put(Dimension.RECORD_TYPE, filter.recordType());
        }
        if (filter.kind() != null) {
            chosen.put(Dimension.KIND, filter.kind().name());
        }
        return chosen;
    }

    private String workingGroup() {
        return Objects.requireNonNull(currentUser.require().workingGroupId());
    }
}
