package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.shared.mongo.Derived;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.MultiLine;
import de.arbeitsgruppe.portal.shared.Texts;
import de.arbeitsgruppe.portal.shared.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A meeting or joint event. A date of a series is a meeting of its own with the series' id, so one
 * date can be changed or cancelled while the others stay as they are.
 */
@Document("meetings")
@CompoundIndex(name = "group_start", def = "{'workingGroupId': 1, 'start': 1}")
@CompoundIndex(name = "series_start", def = "{'seriesId': 1, 'start': 1}")
public class Meeting {

    public static final String LINK_PATTERN = "https?://[^\\s<>\"]{3,500}";
    public static final int MAX_AGENDA_ITEMS = 50;
    /** Right-hand side of every iCalendar UID the portal makes, so UIDs stay unique across calendars. */
    static final String UID_SUFFIX = "@koordinierungsportal";

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    @NotNull(message = "{validation.required}")
    private MeetingType type = MeetingType.SESSION;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size}")
    private String title;
    @Size(max = 4000, message = "{validation.size}")
    @MultiLine
    private String description;
    @NotNull(message = "{validation.required}")
    private Instant start;
    @NotNull(message = "{validation.required}")
    private Instant end;
    @Size(max = 300, message = "{validation.size}")
    private String place;
    @Pattern(regexp = LINK_PATTERN, message = "{validation.website}")
    private String onlineLink;
    @NotBlank(message = "{validation.required}")
    private String organiserOrganisationId;
    /** The person who organises, as shown in the invitation ("Einladende"). */
    @Size(max = 120, message = "{validation.size}")
    private String organiserName;
    /** For interface talks: the interface between two agencies the talk is about. */
    private ContactInterface interfaceTopic;
    private Set<String> invitedOrganisationIds = new LinkedHashSet<>();
    private Set<String> invitedContactIds = new LinkedHashSet<>();
    @Size(max = 100, message = "{validation.size}")
    private List<@Valid Guest> guests = new ArrayList<>();
    /** Receive the minutes, but are not invited. */
    private Set<String> informedContactIds = new LinkedHashSet<>();
    @NotNull(message = "{validation.required}")
    private Visibility visibility = Visibility.INTERNAL;
    @NotNull(message = "{validation.required}")
    private MeetingState state = MeetingState.PLANNED;
    /** Invitee (contact id or {@link Guest#attendanceKey()}) to whether they were there. */
    private Map<String, Attendance> attendance = new HashMap<>();
    @Size(max = MAX_AGENDA_ITEMS, message = "{validation.size}")
    private List<@Valid AgendaItem> agenda = new ArrayList<>();

    /** The series this date belongs to, or null for a single meeting. */
    private String seriesId;
    /** Start of this date as the series rule placed it: iCalendar's RECURRENCE-ID, stable when the date moves. */
    private Instant recurrenceId;
    /** iCalendar UID: the series' for a date of a series, so calendars update instead of duplicating. */
    @Derived
    private String uid;
    /** iCalendar SEQUENCE: raised with every change after the invitation went out. */
    @Derived
    private int sequence;
    /** When the invitation went out first, or null while the meeting is only planned. */
    private Instant invitedAt;
    /** Set only in the copy {@link #withoutInternals(String)} makes for a partner; never stored. */
    @org.springframework.data.annotation.Transient
    private boolean viewerInvited;

    public Meeting() {
    }

    public Meeting(MeetingType type, String title, Instant start, Instant end) {
        this.type = type;
        setTitle(title);
        this.start = start;
        this.end = end;
    }

    @AssertTrue(message = "{meeting.validation.endAfterStart}")
    public boolean isEndAfterStart() {
        return start == null || end == null || end.isAfter(start);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public int plannedAgendaMinutes() {
        return agenda.stream().mapToInt(AgendaItem::getPlannedMinutes).sum();
    }

    /** The agenda needs more time than the meeting has. */
    public boolean isAgendaOverrun() {
        return start != null && end != null && plannedAgendaMinutes() > duration().toMinutes();
    }

    public boolean isPartOfSeries() {
        return seriesId != null;
    }

    public boolean isCancelled() {
        return state == MeetingState.CANCELLED;
    }

    public LocalDateTime localStart() {
        return start == null ? null : LocalDateTime.ofInstant(start, Formats.ZONE);
    }

    public LocalDateTime localEnd() {
        return end == null ? null : LocalDateTime.ofInstant(end, Formats.ZONE);
    }

    public void setLocalStart(LocalDateTime localStart) {
        this.start = localStart == null ? null : localStart.atZone(Formats.ZONE).toInstant();
    }

    public void setLocalEnd(LocalDateTime localEnd) {
        this.end = localEnd == null ? null : localEnd.atZone(Formats.ZONE).toInstant();
    }

    /** Everyone who receives the invitation: invited contacts (by id) and guests (by address). */
    public boolean hasInvitees() {
        return !invitedOrganisationIds.isEmpty() || !invitedContactIds.isEmpty() || !guests.isEmpty();
    }

    /**
     * The meeting as a partner of the given organisation sees it: without internals, but knowing
     * whether its own organisation is invited (it may comment on the minutes then); the invited
     * organisations stay hidden.
     */
    public Meeting withoutInternals(String viewerOrganisationId) {
        var copy = withoutInternals();
        copy.viewerInvited = invitedOrganisationIds.contains(viewerOrganisationId);
        return copy;
    }

    /** In a copy made for a partner: whether the partner's organisation is invited. */
    public boolean isViewerInvited() {
        return viewerInvited;
    }

    /** The meeting as someone outside the members may see it: public agenda items, no invitee lists. */
    public Meeting withoutInternals() {
        var copy = new Meeting(type, title, start, end);
        copy.id = id;
        copy.version = version;
        copy.workingGroupId = workingGroupId;
        copy.description = description;
        copy.place = place;
        copy.onlineLink = onlineLink;
        copy.organiserOrganisationId = organiserOrganisationId;
        copy.organiserName = organiserName;
        copy.interfaceTopic = interfaceTopic;
        copy.visibility = visibility;
        copy.state = state;
        copy.seriesId = seriesId;
        copy.recurrenceId = recurrenceId;
        copy.uid = uid;
        copy.sequence = sequence;
        copy.invitedAt = invitedAt;
        copy.agenda = publicItemsWithStarts();
        return copy;
    }

    private List<AgendaItem> publicItemsWithStarts() {
        var shown = new ArrayList<AgendaItem>();
        var at = start;
        var number = 0;
        for (AgendaItem item : agenda) {
            number++;
            if (item.isPublicItem()) {
                item.plannedStart(at);
                item.number(number);
                shown.add(item);
            }
            at = at == null ? null : at.plusSeconds(60L * item.getPlannedMinutes());
        }
        return shown;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
    void setWorkingGroupId(String workingGroupId) { this.workingGroupId = workingGroupId; }
    public MeetingType getType() { return type; }
    public void setType(MeetingType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = Texts.trimToNull(title); }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = Texts.trimToNull(description); }
    public Instant getStart() { return start; }
    public void setStart(Instant start) { this.start = start; }
    public Instant getEnd() { return end; }
    public void setEnd(Instant end) { this.end = end; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = Texts.trimToNull(place); }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = Texts.trimToNull(onlineLink); }
    public String getOrganiserOrganisationId() { return organiserOrganisationId; }
    public void setOrganiserOrganisationId(String id) { this.organiserOrganisationId = id; }
    public String getOrganiserName() { return organiserName; }
    public void setOrganiserName(String organiserName) { this.organiserName = Texts.trimToNull(organiserName); }
    public ContactInterface getInterfaceTopic() { return interfaceTopic; }
    public void setInterfaceTopic(ContactInterface interfaceTopic) { this.interfaceTopic = interfaceTopic; }
    public Set<String> getInvitedOrganisationIds() { return invitedOrganisationIds; }
    public void setInvitedOrganisationIds(Set<String> ids) { this.invitedOrganisationIds = copy(ids); }
    public Set<String> getInvitedContactIds() { return invitedContactIds; }
    public void setInvitedContactIds(Set<String> ids) { this.invitedContactIds = copy(ids); }
    public List<Guest> getGuests() { return guests; }
    public void setGuests(List<Guest> guests) { this.guests = guests == null ? new ArrayList<>() : new ArrayList<>(guests); }
    public Set<String> getInformedContactIds() { return informedContactIds; }
    public void setInformedContactIds(Set<String> ids) { this.informedContactIds = copy(ids); }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }
    public MeetingState getState() { return state; }
    public void setState(MeetingState state) { this.state = state; }
    public Map<String, Attendance> getAttendance() { return attendance; }
    public void setAttendance(Map<String, Attendance> attendance) {
        this.attendance = attendance == null ? new HashMap<>() : new HashMap<>(attendance);
    }
    public List<AgendaItem> getAgenda() { return agenda; }
    public void setAgenda(List<AgendaItem> agenda) { this.agenda = agenda == null ? new ArrayList<>() : new ArrayList<>(agenda); }
    public String getSeriesId() { return seriesId; }
    void setSeriesId(String seriesId) { this.seriesId = seriesId; }
    public Instant getRecurrenceId() { return recurrenceId; }
    void setRecurrenceId(Instant recurrenceId) { this.recurrenceId = recurrenceId; }
    public String getUid() { return uid; }
    void setUid(String uid) { this.uid = uid; }
    public int getSequence() { return sequence; }
    void setSequence(int sequence) { this.sequence = sequence; }
    public Instant getInvitedAt() { return invitedAt; }
    void setInvitedAt(Instant invitedAt) { this.invitedAt = invitedAt; }

    private static Set<String> copy(Set<String> ids) {
        return ids == null ? new LinkedHashSet<>() : new LinkedHashSet<>(ids);
    }
}
