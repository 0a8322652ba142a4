package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.shared.MultiLine;
import de.arbeitsgruppe.portal.shared.Texts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A topic of the working group's backlog ("Themenspeicher"): not yet on the agenda of a date, added
 * by hand or left over from a meeting. Scheduled into a meeting, it becomes an agenda item with the
 * backlog item's id, so that scheduling the same item twice adds it once.
 */
@Document("agenda-backlog")
@CompoundIndex(name = "group_created", def = "{'workingGroupId': 1, 'createdAt': 1}")
public class BacklogItem {

    /** Where an item came from. */
    public enum Origin {
        /** Added to the backlog by a coordinator. */
        ADDED,
        /** Taken off the agenda of a date before it took place. */
        POSTPONED,
        /** Not dealt with in a meeting that had no later date to move on to. */
        NOT_DEALT_WITH;

        public String translationKey() {
            return "backlog.origin." + name().toLowerCase();
        }
    }

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    @NotBlank(message = "{validation.required}")
    @Size(max = AgendaItem.MAX_TITLE, message = "{validation.size}")
    private String title;
    @Size(max = AgendaItem.MAX_DESCRIPTION, message = "{validation.size}")
    @MultiLine
    private String description;
    @Size(max = 120, message = "{validation.size}")
    private String presenter;
    @Min(value = 0, message = "{validation.minutes}")
    @Max(value = 600, message = "{validation.minutes}")
    private int plannedMinutes;
    /** Internal until the office marks it public, as agenda items. */
    private boolean publicItem;
    private Instant createdAt;
    /** Display name of whoever added the item (or held the meeting it was left over from). */
    private String createdBy;
    private Origin origin = Origin.ADDED;
    /** For items from a meeting: its id, title and day, so the list can say where the item came from. */
    private String originMeetingId;
    private String originMeetingTitle;
    private LocalDate originDate;

    public BacklogItem() {
    }

    public BacklogItem(String title, int plannedMinutes) {
        setTitle(title);
        this.plannedMinutes = plannedMinutes;
    }

    /** The agenda item's content as a backlog item with the given id, noting the meeting it came from. */
    static BacklogItem from(AgendaItem item, String id, Origin origin, Meeting meeting) {
        var entry = new BacklogItem();
        entry.id = id;
        entry.take(item);
        entry.origin = origin;
        entry.originMeetingId = meeting.getId();
        entry.originMeetingTitle = meeting.getTitle();
        entry.originDate = meeting.localStart().toLocalDate();
        return entry;
    }

    /** The item as an agenda item with the backlog item's id (see the class comment). */
    public AgendaItem toAgendaItem() {
        var item = new AgendaItem(title, plannedMinutes);
        item.setId(id);
        item.setDescription(description);
        item.setPresenter(presenter);
        item.setPublicItem(publicItem);
        return item;
    }

    /** Takes over what a user edits (title, description, presenter, minutes, public). */
    public void take(AgendaItem item) {
        setTitle(item.getTitle());
        setDescription(item.getDescription());
        setPresenter(item.getPresenter());
        plannedMinutes = item.getPlannedMinutes();
        publicItem = item.isPublicItem();
    }

    void prepareNew(String workingGroupId, String createdBy) {
        this.workingGroupId = workingGroupId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public String getId() { return id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = Texts.trimToNull(title); }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = Texts.trimToNull(description); }
    public String getPresenter() { return presenter; }
    public void setPresenter(String presenter) { this.presenter = Texts.trimToNull(presenter); }
    public int getPlannedMinutes() { return plannedMinutes; }
    public void setPlannedMinutes(int plannedMinutes) { this.plannedMinutes = plannedMinutes; }
    public boolean isPublicItem() { return publicItem; }
    public void setPublicItem(boolean publicItem) { this.publicItem = publicItem; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Origin getOrigin() { return origin; }
    public String getOriginMeetingId() { return originMeetingId; }
    public String getOriginMeetingTitle() { return originMeetingTitle; }
    public LocalDate getOriginDate() { return originDate; }
}
