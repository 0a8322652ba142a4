package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.shared.mongo.Derived;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The rule of a recurring series. Its dates are {@link Meeting}s with this series' id; the rule is
 * kept for the iCalendar file of the whole series (RRULE), where changed dates override it.
 */
@Document("meeting-series")
public class MeetingSeries {

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    @NotNull
    @Valid
    private Recurrence recurrence;
    /** Wall-clock start of the first date in Europe/Berlin (iCalendar DTSTART with TZID). */
    @NotNull
    private LocalDateTime firstStart;
    @Derived
    private String uid;

    public MeetingSeries() {
    }

    MeetingSeries(String workingGroupId, Recurrence recurrence, LocalDateTime firstStart, String uid) {
        this.workingGroupId = workingGroupId;
        this.recurrence = recurrence;
        this.firstStart = firstStart;
        this.uid = uid;
    }

    public String getId() { return id; }
    void setId(String id) { this.id = id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
    public Recurrence getRecurrence() { return recurrence; }
    void setRecurrence(Recurrence recurrence) { this.recurrence = recurrence; }
    public LocalDateTime getFirstStart() { return firstStart; }
    public String getUid() { return uid; }
}
