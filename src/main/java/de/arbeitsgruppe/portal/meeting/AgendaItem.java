package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.shared.MultiLine;
import de.arbeitsgruppe.portal.shared.Texts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Transient;

/** One item of the agenda ("Tagesordnungspunkt"); its number is its place in the meeting's list. */
public class AgendaItem {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;

    private String id = UUID.randomUUID().toString();
    @NotBlank(message = "{validation.required}")
    @Size(max = MAX_TITLE, message = "{validation.size}")
    private String title;
    @Size(max = MAX_DESCRIPTION, message = "{validation.size}")
    @MultiLine
    private String description;
    @Size(max = 120, message = "{validation.size}")
    private String presenter;
    @Min(value = 0, message = "{validation.minutes}")
    @Max(value = 600, message = "{validation.minutes}")
    private int plannedMinutes;
    /**
     * Public items are shown to partners, guests and on public pages; the rest only to members.
     * Internal until the office marks an item public: a forgotten tick must not publish an internal topic.
     */
    private boolean publicItem;
    /** Set after the meeting: items not dealt with move to the next date of the series. */
    private boolean dealtWith;
    /**
     * When the item starts by plan, set where the agenda leaves out internal items (public pages): the
     * items left out still take their time, so the start cannot be added up from what is shown.
     */
    @Transient
    private Instant plannedStart;
    /** Its number on the whole agenda, set where the agenda leaves out internal items (a partner's "TOP 4"). */
    @Transient
    private int number;

    public AgendaItem() {
    }

    public AgendaItem(String title, int plannedMinutes) {
        setTitle(title);
        this.plannedMinutes = plannedMinutes;
    }

    /** The same item as a new one, e.g. when it moves on to the next meeting. */
    public AgendaItem copy() {
        var copy = new AgendaItem(title, plannedMinutes);
        copy.description = description;
        copy.presenter = presenter;
        copy.publicItem = publicItem;
        return copy;
    }

    /** Marks the item public and returns it, for agendas written in code (demo data, tests). */
    public AgendaItem markedPublic() {
        publicItem = true;
        return this;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = Texts.trimToNull(title); }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = Texts.trimToNull(description); }
    public String getPresenter() { return presenter; }
    public void setPresenter(String presenter) { this.presenter = Texts.trimToNull(presenter); }
    public int getPlannedMinutes() { return plannedMinutes; }
    public void setPlannedMinutes(int plannedMinutes) { this.plannedMinutes = plannedMinutes; }
    public Instant getPlannedStart() { return plannedStart; }

    /**
     * "TOP n" of this item: its number on the whole agenda where internal items were left out, else
     * its place in the list shown ({@code index} from 0).
     */
    public int numberIn(int index) {
        return number > 0 ? number : index + 1;
    }

    void number(int number) { this.number = number; }
    void plannedStart(Instant plannedStart) { this.plannedStart = plannedStart; }
    public boolean isPublicItem() { return publicItem; }
    public void setPublicItem(boolean publicItem) { this.publicItem = publicItem; }
    public boolean isDealtWith() { return dealtWith; }
    public void setDealtWith(boolean dealtWith) { this.dealtWith = dealtWith; }
}
