package de.arbeitsgruppe.portal.contact;

import de.arbeitsgruppe.portal.shared.mongo.Derived;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Texts;
import de.arbeitsgruppe.portal.shared.Visibility;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A contact person or functional mailbox of one organisation. */
@Document("contacts")
@CompoundIndex(name = "group_tokens", def = "{'workingGroupId': 1, 'searchTokens': 1}")
// serves the unfiltered directory's first page on a real MongoDB without sorting all entries
@CompoundIndex(name = "group_order", def = "{'workingGroupId': 1, 'sortName': 1, '_id': 1}")
public class Contact {

    public static final String PHONE_PATTERN = "\\+?[0-9 ()/\\-]{5,30}";
    /** After this many months without confirmation an entry is flagged for the coordinator. */
    public static final int CONFIRMATION_MONTHS = 6;
    /** The office reminds a person of an unconfirmed entry at most this often. */
    public static final Duration REMINDER_INTERVAL = Duration.ofDays(14);

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    @NotNull(message = "{validation.required}")
    private ContactKind kind = ContactKind.PERSON;
    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String name;
    @Size(max = 120, message = "{validation.size}")
    private String function;
    @Size(max = 120, message = "{validation.size}")
    private String organisationalUnit;
    @NotBlank(message = "{validation.required}")
    private String organisationId;
    /** Copied from the organisation for sorting, searching and the vCard; kept in step by events. */
    @Derived
    private String organisationName;
    @Pattern(regexp = PHONE_PATTERN, message = "{validation.phone}")
    private String phone;
    @Email(message = "{validation.email}")
    @Size(max = 200, message = "{validation.size}")
    private String email;
    private Set<ContactInterface> interfaces = EnumSet.noneOf(ContactInterface.class);
    private Set<Topic> topics = EnumSet.noneOf(Topic.class);
    private String deputyId;
    @NotNull(message = "{validation.required}")
    private Visibility visibility = Visibility.INTERNAL;
    private LocalDate lastConfirmed;
    /** When the office last asked the person by mail to confirm the entry. */
    private Instant reminderSentAt;
    /** Login name of the person this entry describes, who may confirm and update it. */
    @Indexed
    @Size(max = 60, message = "{validation.size}")
    private String accountUsername;
    @Derived
    private String sortName;
    @Derived
    private java.util.List<String> searchTokens = java.util.List.of();

    public Contact() {
    }

    public Contact(ContactKind kind, String name, String organisationId) {
        this.kind = kind;
        setName(name);
        this.organisationId = organisationId;
    }

    /** Stores working group and organisation name and refreshes the search words before a save. */
    void prepareSave(String workingGroupId, String organisationName, java.util.function.Function<Topic, String> topicWords) {
        this.workingGroupId = workingGroupId;
        this.organisationName = organisationName;
        // a missing name is reported by validation on save, not as a crash here
        this.sortName = name == null ? null : Texts.fold(name);
        var topicText = String.join(" ", topics.stream().map(topicWords).toList());
        this.searchTokens = Texts.searchTokens(name, function, organisationalUnit, organisationName, topicText);
    }

    public boolean needsConfirmation(LocalDate today) {
        return lastConfirmed == null || lastConfirmed.isBefore(today.minusMonths(CONFIRMATION_MONTHS));
    }

    /** When the office may send the next reminder: at once if none went out within {@link #REMINDER_INTERVAL}. */
    public Instant nextReminderAllowed() {
        return reminderSentAt == null ? Instant.MIN : reminderSentAt.plus(REMINDER_INTERVAL);
    }

    public boolean mayBeRemindedAt(Instant now) {
        return !now.isBefore(nextReminderAllowed());
    }

    public String lastConfirmedText() {
        return Formats.date(lastConfirmed);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
    public ContactKind getKind() { return kind; }
    public void setKind(ContactKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = Texts.trimToNull(name); }
    public String getFunction() { return function; }
    public void setFunction(String function) { this.function = Texts.trimToNull(function); }
    public String getOrganisationalUnit() { return organisationalUnit; }
    public void setOrganisationalUnit(String unit) { this.organisationalUnit = Texts.trimToNull(unit); }
    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public String getOrganisationName() { return organisationName; }
    void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = Texts.trimToNull(phone); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = Texts.trimToNull(email); }
    public Set<ContactInterface> getInterfaces() { return interfaces; }
    public void setInterfaces(Set<ContactInterface> interfaces) {
        this.interfaces = interfaces == null || interfaces.isEmpty() ? EnumSet.noneOf(ContactInterface.class)
                : EnumSet.copyOf(interfaces);
    }
    public Set<Topic> getTopics() { return topics; }
    public void setTopics(Set<Topic> topics) {
        this.topics = topics == null || topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics);
    }
    public String getDeputyId() { return deputyId; }
    public void setDeputyId(String deputyId) { this.deputyId = deputyId; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }
    public LocalDate getLastConfirmed() { return lastConfirmed; }
    void setLastConfirmed(LocalDate lastConfirmed) { this.lastConfirmed = lastConfirmed; }
    public Instant getReminderSentAt() { return reminderSentAt; }
    void setReminderSentAt(Instant reminderSentAt) { this.reminderSentAt = reminderSentAt; }
    public String getAccountUsername() { return accountUsername; }
    public void setAccountUsername(String accountUsername) { this.accountUsername = Texts.trimToNull(accountUsername); }
}
