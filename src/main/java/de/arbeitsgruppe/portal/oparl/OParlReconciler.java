package de.arbeitsgruppe.portal.oparl;

import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.protocol.PublicMinutes;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings the projection in step with the public records: builds each object as it should be
 * published now, compares it by hash with the stored one and stamps {@code modified} only when the
 * public content changed; what is no longer public (a meeting made internal, an item no longer
 * public, an organisation gone) is kept as deleted, as the specification asks. Embedded objects are
 * brought in step first, so their times are part of the object that embeds them and a changed item
 * changes its meeting too. Idempotent: a second run, or a run on a second node, changes nothing; two
 * runs writing the same object at once meet at its version and the next run repairs what one gave up.
 */
@Component
class OParlReconciler {

    private static final Logger log = LoggerFactory.getLogger(OParlReconciler.class);
    private static final int MEETINGS_PER_READ = 500;
    /**
     * Back-references the specification gives "nur dann ..., wenn das ...-Objekt nicht als eingebettetes
     * Objekt aufgerufen wird": at the object's own address, not where a meeting embeds it.
     */
    private static final Map<OParlType, List<String>> BACK_REFERENCES = Map.of(
            OParlType.FILE, List.of("meeting", "agendaItem", "paper"),
            OParlType.LOCATION, List.of("bodies", "organizations", "persons", "meetings", "papers"));

    private final OParlStore store;
    private final OParlPayloads payloads;
    private final MeetingManagement meetings;
    private final OrganisationManagement organisations;
    private final PublicMinutes minutes;
    private final PortalProperties portal;
    private final Clock clock;

    OParlReconciler(OParlStore store, OParlPayloads payloads, MeetingManagement meetings,
            OrganisationManagement organisations, PublicMinutes minutes, PortalProperties portal, Clock clock) {
        this.store = store;
        this.payloads = payloads;
        this.meetings = meetings;
        this.organisations = organisations;
        this.minutes = minutes;
        this.portal = portal;
        this.clock = clock;
    }

    String body() {
        return portal.workingGroupId();
    }

    /** Everything: system, body, organisations and every public meeting; what is gone becomes deleted. */
    void reconcileAll() {
        var body = body();
        upsert(OParlType.SYSTEM, payloads.system(), List.of());
        upsert(OParlType.BODY, payloads.body(body), List.of());
        reconcileOrganisations(body);
        var seen = new HashSet<String>();
        String after = null;
        for (var page = meetings.publicMeetings(null, MEETINGS_PER_READ); !page.isEmpty();
                page = meetings.publicMeetings(after, MEETINGS_PER_READ)) {
            for (Meeting meeting : page) {
                seen.add(OParlPayloads.meetingPath(meeting.getId()));
                // read anew (by id): working through a page takes seconds, and a meeting made internal
                // meanwhile, withdrawn at once by its event, must not be published again from this read
                reconcileMeeting(meeting.getId());
            }
            after = page.getLast().getId();
        }
        for (String path : store.publishedIds(OParlType.MEETING, body)) {
            if (!seen.contains(path)) {
                // asked anew too: a meeting made public after its page was read, and published at once by
                // its event, is no meeting that went away
                reconcileMeeting(path.substring(path.indexOf('/') + 1));
            }
        }
    }

    /** One meeting after it changed: published anew, or withdrawn when it is no longer public. */
    void reconcileMeeting(String meetingId) {
        quietly(meetingId, () -> meetings.publicMeeting(meetingId).ifPresentOrElse(this::reconcile,
                () -> withdraw(OParlPayloads.meetingPath(meetingId))));
    }

    private void reconcileOrganisations(String body) {
        var wanted = new HashSet<String>();
        wanted.add(upsert(OParlType.ORGANIZATION, payloads.group(body), List.of()).getId());
        for (var organisation : organisations.publicMembers(body)) {
            wanted.add(upsert(OParlType.ORGANIZATION, payloads.member(body, organisation), List.of()).getId());
        }
        for (String path : store.publishedIds(OParlType.ORGANIZATION, body)) {
            if (!wanted.contains(path)) {
                store.find(OParlType.ORGANIZATION, path).filter(found -> found.delete(now())).ifPresent(store::save);
            }
        }
    }

    private void reconcile(Meeting meeting) {
        var published = minutes.of(meeting.getId()).orElse(null);
        var children = new ArrayList<String>();
        var node = OParlJson.object(OParlType.MEETING, OParlPayloads.meetingPath(meeting.getId()))
                .text("name", meeting.getTitle())
                .text("meetingState", payloads.meetingState(meeting))
                .flag("cancelled", meeting.isCancelled())
                .dateTime("start", meeting.getStart())
                .dateTime("end", meeting.getEnd());
        if (meeting.getPlace() != null) {
            node.object("location", embedded(OParlType.LOCATION, payloads.location(meeting), children));
        }
        node.links("organization", List.of(OParlPayloads.groupPath(body())));
        node.object("invitation", embedded(OParlType.FILE, payloads.invitation(meeting), children));
        if (published != null) {
            node.object("resultsProtocol", embedded(OParlType.FILE, payloads.minutes(meeting, published), children));
        }
        var items = new ArrayList<ObjectNode>();
        var position = 0;
        for (var item : meeting.getAgenda()) {
            items.add(embedded(OParlType.AGENDA_ITEM, payloads.item(meeting, item, ++position, published), children));
        }
        node.objects("agendaItem", items);
        var previous = store.find(OParlType.MEETING, OParlPayloads.meetingPath(meeting.getId()))
                .map(OParlObject::getChildren).orElse(List.of());
        upsert(OParlType.MEETING, node, children);
        deleteAll(previous.stream().filter(path -> !children.contains(path)).toList());
    }

    /** The meeting and everything embedded in it, as deleted. */
    private void withdraw(String meetingPath) {
        store.find(OParlType.MEETING, meetingPath).filter(found -> !found.isDeleted()).ifPresent(meeting -> {
            deleteAll(meeting.getChildren());
            meeting.delete(now());
            store.save(meeting);
        });
    }

    private void deleteAll(List<String> paths) {
        for (String path : paths) {
            var type = OParlType.ofSegment(path.substring(0, path.indexOf('/')));
            store.find(type, path).filter(found -> found.delete(now())).ifPresent(store::save);
        }
    }

    /**
     * Brings an embedded object in step and returns it as its parent embeds it: with its own times and
     * without the back-references to that parent.
     */
    private ObjectNode embedded(OParlType type, OParlJson.Obj node, List<String> children) {
        var stored = upsert(type, node, List.of());
        children.add(stored.getId());
        var copy = node.node.deepCopy();
        copy.remove(BACK_REFERENCES.getOrDefault(type, List.of()));
        OParlJson.stamp(copy, stored);
        return copy;
    }

    private OParlObject upsert(OParlType type, OParlJson.Obj node, List<String> children) {
        var payload = OParlJson.write(node.node);
        var path = node.node.get("id").asString().substring(1);
        var now = now();
        var stored = store.find(type, path).orElseGet(() -> new OParlObject(path, type, body(), now));
        var hashed = node.content.isEmpty() ? payload : payload + '\u0000' + node.content;
        if (stored.update(hash(hashed), payload, children, now)) {
            return store.save(stored);
        }
        return stored;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static void quietly(String what, Runnable work) {
        try {
            work.run();
        } catch (OptimisticLockingFailureException concurrent) {
            // another run wrote the same object a moment earlier; the next run compares again
            log.debug("OParl object of {} changed meanwhile", what);
        } catch (RuntimeException e) {
            log.warn("OParl objects of {} not brought up to date", what, e);
        }
    }

    private static String hash(String payload) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
