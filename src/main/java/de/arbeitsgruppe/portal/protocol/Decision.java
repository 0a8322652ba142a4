package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.shared.MultiLine;
import de.arbeitsgruppe.portal.shared.Texts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A decision taken under an agenda item, numbered per year when it is recorded ("B-2027-014") so it
 * can be cited at once. It carries copies of what the decision register shows and filters by (the
 * meeting's date, type and title, the item's title, who may see it), refreshed whenever the minutes
 * are saved, so the register reads one collection.
 */
@Document("decisions")
@CompoundIndex(name = "group_number", def = "{'workingGroupId': 1, 'year': -1, 'sequence': -1}")
@CompoundIndex(name = "group_words", def = "{'workingGroupId': 1, 'words': 1}")
@CompoundIndex(name = "protocol", def = "{'protocolId': 1}")
public class Decision {

    public static final int MAX_WORDING = 4000;

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    private String protocolId;
    private String agendaItemId;
    private String number;
    private int year;
    private int sequence;
    @NotBlank(message = "{protocol.decision.validation.wording}")
    @Size(max = MAX_WORDING, message = "{validation.size}")
    @MultiLine
    private String wording;
    @NotNull(message = "{validation.required}")
    private DecisionResult result = DecisionResult.ADOPTED;
    @Min(value = 0, message = "{protocol.decision.validation.votes}")
    @Max(value = 999, message = "{protocol.decision.validation.votes}")
    private Integer votesYes;
    @Min(value = 0, message = "{protocol.decision.validation.votes}")
    @Max(value = 999, message = "{protocol.decision.validation.votes}")
    private Integer votesNo;
    @Min(value = 0, message = "{protocol.decision.validation.votes}")
    @Max(value = 999, message = "{protocol.decision.validation.votes}")
    private Integer abstentions;
    private Set<String> agreedOrganisationIds = new LinkedHashSet<>();

    // copies for the register, see the class comment
    private Instant meetingStart;
    private MeetingType meetingType;
    private String meetingTitle;
    private String itemTitle;
    private int itemNumber;
    /** The item is public and the meeting visible to partners: every partner may read the decision. */
    private boolean partnerVisible;
    /** Organisations invited to the meeting: a partner of one of them reads the decisions of its public items. */
    private Set<String> invitedOrganisationIds = new LinkedHashSet<>();
    private boolean publicItem;
    private ProtocolState protocolState;
    /** Words of the wording and the item's title, folded (lower case, umlauts as vowels), for prefix search. */
    private List<String> words = new ArrayList<>();

    public Decision() {
    }

    public Decision(String wording, DecisionResult result) {
        setWording(wording);
        this.result = result;
    }

    public String getId() { return id; }
    void setId(String id) { this.id = id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
    void setWorkingGroupId(String workingGroupId) { this.workingGroupId = workingGroupId; }
    public String getProtocolId() { return protocolId; }
    void setProtocolId(String protocolId) { this.protocolId = protocolId; }
    public String getAgendaItemId() { return agendaItemId; }
    void setAgendaItemId(String agendaItemId) { this.agendaItemId = agendaItemId; }
    public String getNumber() { return number; }
    public int getYear() { return year; }
    public int getSequence() { return sequence; }
    void numbered(int year, int sequence) {
        this.year = year;
        this.sequence = sequence;
        this.number = "B-%d-%03d".formatted(year, sequence);
    }
    public String getWording() { return wording; }
    public void setWording(String wording) { this.wording = Texts.trimToNull(wording); }
    public DecisionResult getResult() { return result; }
    public void setResult(DecisionResult result) { this.result = result; }
    public Integer getVotesYes() { return votesYes; }
    public void setVotesYes(Integer votesYes) { this.votesYes = votesYes; }
    public Integer getVotesNo() { return votesNo; }
    public void setVotesNo(Integer votesNo) { this.votesNo = votesNo; }
    public Integer getAbstentions() { return abstentions; }
    public void setAbstentions(Integer abstentions) { this.abstentions = abstentions; }
    public Set<String> getAgreedOrganisationIds() { return agreedOrganisationIds; }
    public void setAgreedOrganisationIds(Set<String> ids) {
        this.agreedOrganisationIds = ids == null ? new LinkedHashSet<>() : new LinkedHashSet<>(ids);
    }
    public Instant getMeetingStart() { return meetingStart; }
    public MeetingType getMeetingType() { return meetingType; }
    public String getMeetingTitle() { return meetingTitle; }
    public String getItemTitle() { return itemTitle; }
    public int getItemNumber() { return itemNumber; }
    public boolean isPartnerVisible() { return partnerVisible; }
    public Set<String> getInvitedOrganisationIds() { return invitedOrganisationIds; }
    public boolean isPublicItem() { return publicItem; }
    public ProtocolState getProtocolState() { return protocolState; }
    public List<String> getWords() { return words; }

    /** What {@link #describe} sets, to tell whether it changed anything. */
    String description() {
        return String.join("|", String.valueOf(meetingStart), String.valueOf(meetingType), String.valueOf(meetingTitle),
                String.valueOf(itemTitle), String.valueOf(itemNumber), String.valueOf(publicItem),
                String.valueOf(partnerVisible), String.valueOf(invitedOrganisationIds), String.valueOf(protocolState),
                String.valueOf(words));
    }

    /** Takes over what the register shows from the meeting, the item and the minutes' state. */
    void describe(DecisionContext context) {
        meetingStart = context.meetingStart();
        meetingType = context.meetingType();
        meetingTitle = context.meetingTitle();
        itemTitle = context.itemTitle();
        itemNumber = context.itemNumber();
        publicItem = context.publicItem();
        partnerVisible = context.publicItem() && context.meetingVisibleToPartners();
        invitedOrganisationIds = new LinkedHashSet<>(context.invitedOrganisationIds());
        protocolState = context.state();
        words = Texts.searchTokens(wording, itemTitle);
    }

    record DecisionContext(Instant meetingStart, MeetingType meetingType, String meetingTitle, String itemTitle,
            int itemNumber, boolean publicItem, boolean meetingVisibleToPartners, Set<String> invitedOrganisationIds,
            ProtocolState state) {
    }
}
