package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.contact.Topic;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.MultiLine;
import de.arbeitsgruppe.portal.shared.Texts;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.shared.mongo.Derived;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A task the working group gave: to a contact person (who then sees it as theirs, and so does their
 * organisation's list) or to a whole organisation (everyone of it sees it as theirs). Owner names are
 * copies for the lists; {@link #open} mirrors the status so that every list asks one field.
 */
@Document("tasks")
@CompoundIndex(name = "group_open_due", def = "{'workingGroupId': 1, 'open': 1, 'due': 1}")
@CompoundIndex(name = "owner_organisation", def = "{'ownerOrganisationId': 1, 'open': 1, 'due': 1}")
@CompoundIndex(name = "owner_username", def = "{'ownerUsername': 1, 'open': 1, 'due': 1}")
@CompoundIndex(name = "origin_meeting", def = "{'origin.meetingId': 1}")
@CompoundIndex(name = "reviewed_in", def = "{'reviews.meetingId': 1}")
public class Task {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_REASON = 500;

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    @NotBlank(message = "{task.validation.title}")
    @Size(max = MAX_TITLE, message = "{validation.size}")
    private String title;
    @Size(max = MAX_DESCRIPTION, message = "{validation.size}")
    @MultiLine
    private String description;
    /** The person, if the task is given to one; null when the whole organisation owns it. */
    private String ownerContactId;
    @NotBlank(message = "{task.validation.owner}")
    private String ownerOrganisationId;
    /** The person's login, if they have one: they see the task as theirs and get its mails. */
    @Derived
    private String ownerUsername;
    @Derived
    private String ownerName;
    @Derived
    private String ownerOrganisationName;
    /** The person's mail address as the directory had it when the task was given to them. */
    @Derived
    private String ownerEmail;
    @NotNull(message = "{task.validation.due}")
    private LocalDate due;
    @NotNull(message = "{validation.required}")
    private TaskPriority priority = TaskPriority.NORMAL;
    @NotNull(message = "{validation.required}")
    private TaskStatus status = TaskStatus.OPEN;
    @Derived
    private boolean open = true;
    /** Priority and status as numbers in their order, for sorting: their names sort alphabetically. */
    @Derived
    private int priorityRank = TaskPriority.NORMAL.ordinal();
    @Derived
    private int statusRank = TaskStatus.OPEN.ordinal();
    /** Why the task was dropped ("entfällt"). */
    @Size(max = MAX_REASON, message = "{validation.size}")
    @MultiLine
    private String statusReason;
    private TaskOrigin origin;
    private ContactInterface contactInterface;
    private Topic topic;
    @NotNull(message = "{validation.required}")
    private Visibility visibility = Visibility.INTERNAL;
    @Valid
    private TaskRepeat repeat;
    /** The tasks of one recurring duty share it: the id of the first. */
    private String seriesId;
    /** Created by the portal as the next task of a recurring duty: it keeps the origin, but was not given there. */
    @Derived
    private boolean repetition;
    /** The next task of the recurring duty exists: it is created once, when this one is closed or due. */
    private boolean followUpCreated;
    private List<@Valid TaskComment> comments = new ArrayList<>();
    private List<TaskReview> reviews = new ArrayList<>();
    // what was mailed already, so that no restart and no second node mails it twice
    private String assignmentNotifiedFor;
    private LocalDate dueSoonNotifiedFor;
    private LocalDate overdueNotifiedFor;
    private String createdBy;
    private Instant createdAt;
    private Instant closedAt;

    public Task() {
    }

    public Task(String title, LocalDate due) {
        setTitle(title);
        this.due = due;
    }

    public boolean isOverdue(LocalDate today) {
        return open && due != null && due.isBefore(today);
    }

    /** Owned by the organisation as a whole rather than one of its people. */
    public boolean isOwnedByOrganisation() {
        return ownerContactId == null;
    }

    public boolean isRecurring() {
        return repeat != null;
    }

    public Optional<TaskReview> reviewIn(String meetingId) {
        return reviews.stream().filter(review -> review.getMeetingId().equals(meetingId)).reduce((first, last) -> last);
    }

    /** "Clara Jobcenter (Jobcenter Musterstadt)", or the organisation alone when it owns the task as a whole. */
    public String ownerLine() {
        if (isOwnedByOrganisation() || ownerName == null) {
            return ownerOrganisationName;
        }
        return ownerOrganisationName == null ? ownerName : ownerName + " (" + ownerOrganisationName + ")";
    }

    public String dueText() {
        return Formats.date(due);
    }

    /** Who the task is given to, as one identity: a change of owner is a new assignment. */
    String ownerKey() {
        return ownerContactId != null ? "contact:" + ownerContactId : "organisation:" + ownerOrganisationId;
    }

    void assignTo(String contactId, String organisationId, String organisationName, String personName,
            String username, String email) {
        this.ownerContactId = contactId;
        this.ownerOrganisationId = organisationId;
        this.ownerOrganisationName = organisationName;
        this.ownerName = contactId == null ? organisationName : personName;
        this.ownerUsername = username;
        this.ownerEmail = email;
    }

    /** Records what a session decided under "Stand der Aufgaben", replacing what the same session recorded before. */
    void reviewed(TaskReview review) {
        reviews.removeIf(earlier -> earlier.getMeetingId().equals(review.getMeetingId()));
        reviews.add(review);
    }

    void renameOrganisation(String name) {
        if (ownerContactId == null) {
            ownerName = name;
        }
        ownerOrganisationName = name;
    }

    void copyOwnerFrom(Task stored) {
        this.ownerUsername = stored.ownerUsername;
        this.ownerName = stored.ownerName;
        this.ownerOrganisationName = stored.ownerOrganisationName;
        this.ownerEmail = stored.ownerEmail;
    }

    void changeStatus(TaskStatus status, String reason, Instant now) {
        this.status = status;
        this.statusRank = status.ordinal();
        this.open = status.isOpen();
        this.statusReason = status == TaskStatus.DROPPED ? Texts.trimToNull(reason) : null;
        this.closedAt = open ? null : now;
    }

    void created(String workingGroupId, String username, Instant now) {
        this.workingGroupId = workingGroupId;
        this.createdBy = username;
        this.createdAt = now;
        this.open = status.isOpen();
    }

    public String getId() { return id; }
    void setId(String id) { this.id = id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = Texts.trimToNull(title); }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = Texts.trimToNull(description); }
    public String getOwnerContactId() { return ownerContactId; }
    public String getOwnerOrganisationId() { return ownerOrganisationId; }
    public String getOwnerUsername() { return ownerUsername; }
    public String getOwnerName() { return ownerName; }
    public String getOwnerOrganisationName() { return ownerOrganisationName; }
    String getOwnerEmail() { return ownerEmail; }
    /**
     * The owner a form chose: a person (then their organisation is looked up on save) or an
     * organisation as a whole ({@code contactId} null). Names are filled in on save.
     */
    public void setOwner(String contactId, String organisationId) {
        this.ownerContactId = contactId;
        this.ownerOrganisationId = organisationId;
    }
    public LocalDate getDue() { return due; }
    public void setDue(LocalDate due) { this.due = due; }
    public TaskPriority getPriority() { return priority; }
    public void setPriority(TaskPriority priority) {
        this.priority = priority;
        this.priorityRank = priority == null ? TaskPriority.NORMAL.ordinal() : priority.ordinal();
    }
    public TaskStatus getStatus() { return status; }
    /** For the office's form; the service keeps {@link #isOpen()} and the closing time in step. */
    public void setStatus(TaskStatus status) {
        this.status = status;
        this.statusRank = status == null ? 0 : status.ordinal();
    }
    public void setStatusReason(String reason) { this.statusReason = Texts.trimToNull(reason); }
    public boolean isOpen() { return open; }
    public String getStatusReason() { return statusReason; }
    public TaskOrigin getOrigin() { return origin; }
    public void setOrigin(TaskOrigin origin) { this.origin = origin; }
    public ContactInterface getContactInterface() { return contactInterface; }
    public void setContactInterface(ContactInterface contactInterface) { this.contactInterface = contactInterface; }
    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }
    public TaskRepeat getRepeat() { return repeat; }
    public void setRepeat(TaskRepeat repeat) { this.repeat = repeat; }
    public String getSeriesId() { return seriesId; }
    void setSeriesId(String seriesId) { this.seriesId = seriesId; }
    public boolean isFollowUpCreated() { return followUpCreated; }
    public boolean isRepetition() { return repetition; }
    void markRepetition() { this.repetition = true; }
    void setFollowUpCreated(boolean followUpCreated) { this.followUpCreated = followUpCreated; }
    public List<TaskComment> getComments() { return comments; }
    public List<TaskReview> getReviews() { return reviews; }
    String getAssignmentNotifiedFor() { return assignmentNotifiedFor; }
    void setAssignmentNotifiedFor(String ownerKey) { this.assignmentNotifiedFor = ownerKey; }
    LocalDate getDueSoonNotifiedFor() { return dueSoonNotifiedFor; }
    void setDueSoonNotifiedFor(LocalDate due) { this.dueSoonNotifiedFor = due; }
    LocalDate getOverdueNotifiedFor() { return overdueNotifiedFor; }
    void setOverdueNotifiedFor(LocalDate due) { this.overdueNotifiedFor = due; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getClosedAt() { return closedAt; }
}
