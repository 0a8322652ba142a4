package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.shared.MultiLine;
import de.arbeitsgruppe.portal.shared.Texts;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What was written on one agenda item: notes for everyone who reads the minutes, and notes for
 * members only. A document per item with its own version: a save based on an older version is a
 * conflict for this item alone.
 */
@Document("protocolNotes")
public class ItemNotes {

    /** About two hundred pages of text: a long item stays one document, far below MongoDB's 16 MB. */
    public static final int MAX_LENGTH = 600_000;

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    private String protocolId;
    private String agendaItemId;
    @Size(max = MAX_LENGTH, message = "{validation.size}")
    @MultiLine
    private String notes;
    @Size(max = MAX_LENGTH, message = "{validation.size}")
    @MultiLine
    private String internalNotes;
    private Instant savedAt;
    private String savedBy;

    ItemNotes() {
    }

    ItemNotes(String workingGroupId, String protocolId, String agendaItemId) {
        this.id = idOf(protocolId, agendaItemId);
        this.workingGroupId = workingGroupId;
        this.protocolId = protocolId;
        this.agendaItemId = agendaItemId;
    }

    static String idOf(String protocolId, String agendaItemId) {
        return protocolId + "/" + agendaItemId;
    }

    /** The same notes without those for members only, as partners read them. */
    ItemNotes withoutInternals() {
        var copy = new ItemNotes(workingGroupId, protocolId, agendaItemId);
        copy.version = version;
        copy.notes = notes;
        copy.savedAt = savedAt;
        copy.savedBy = savedBy;
        return copy;
    }

    public String getId() { return id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
    public String getProtocolId() { return protocolId; }
    public String getAgendaItemId() { return agendaItemId; }
    public String getNotes() { return notes; }
    void setNotes(String notes) { this.notes = Texts.trimToNull(notes); }
    public String getInternalNotes() { return internalNotes; }
    void setInternalNotes(String internalNotes) { this.internalNotes = Texts.trimToNull(internalNotes); }
    public Instant getSavedAt() { return savedAt; }
    public String getSavedBy() { return savedBy; }
    void saved(Instant at, String by) {
        this.savedAt = at;
        this.savedBy = by;
    }
}
