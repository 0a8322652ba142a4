package de.arbeitsgruppe.portal.oparl;

import de.arbeitsgruppe.portal.shared.mongo.NotAudited;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * One published OParl object as the interface hands it out, kept so that {@code created} and
 * {@code modified} are true (the meetings have no such times of their own) and so that a withdrawn
 * object is remembered and answers as deleted. Stored in the collection of its type
 * ({@link OParlType#collection()}).
 */
@NotAudited("a projection of public meetings, minutes and organisations, rebuilt from them by OParlReconciler; the records themselves are audited")
class OParlObject {

    /** The object's path below {@code /oparl/v1/}, e.g. {@code meeting/m-42}: its id without the base address. */
    @Id
    private String id;
    @Version
    private Long version;
    private OParlType type;
    /** The working group, the OParl body, it belongs to. */
    private String body;
    /** SHA-256 of the public content: {@code modified} moves only when this does. */
    private String hash;
    private Instant created;
    private Instant modified;
    private boolean deleted;
    /** The object as JSON without created and modified, links relative (see {@link OParlJson#link}). */
    private String payload;
    /** Paths of the objects embedded in this one (a meeting's items, place and files). */
    private List<String> children = new ArrayList<>();

    OParlObject() {
    }

    OParlObject(String id, OParlType type, String body, Instant now) {
        this.id = id;
        this.type = type;
        this.body = body;
        this.created = now;
        this.modified = now;
    }

    /** Takes the new content; a change of content (or a return after a withdrawal) is a modification. */
    boolean update(String newHash, String newPayload, List<String> newChildren, Instant now) {
        if (!deleted && newHash.equals(hash)) {
            return false;
        }
        if (hash != null || deleted) {
            modified = now;
        }
        hash = newHash;
        payload = newPayload;
        children = new ArrayList<>(newChildren);
        deleted = false;
        return true;
    }

    /** Withdrawn from the public: only id, type, created and modified stay. */
    boolean delete(Instant now) {
        if (deleted) {
            return false;
        }
        deleted = true;
        modified = now;
        hash = null;
        payload = null;
        return true;
    }

    String getId() { return id; }
    OParlType getType() { return type; }
    String getBody() { return body; }
    Instant getCreated() { return created; }
    Instant getModified() { return modified; }
    boolean isDeleted() { return deleted; }
    String getPayload() { return payload; }
    List<String> getChildren() { return children; }
}
