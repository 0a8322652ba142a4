package de.arbeitsgruppe.portal.organisation;

import de.arbeitsgruppe.portal.shared.MultiLine;
import de.arbeitsgruppe.portal.shared.mongo.Derived;
import de.arbeitsgruppe.portal.shared.Texts;
import de.arbeitsgruppe.portal.shared.WebAddresses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A member authority or partner organisation of one working group. */
@Document("organisations")
public class Organisation {

    public static final String PHONE_PATTERN = "\\+?[0-9 ()/\\-]{5,30}";
    public static final String WEB_PATTERN = "https?://[^\\s<>\"]{3,300}";

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String workingGroupId;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size}")
    private String name;
    @NotBlank(message = "{validation.required}")
    @Size(max = 40, message = "{validation.size}")
    private String shortName;
    /** Stable key, e.g. the Keycloak organisation alias. */
    @Indexed
    @Size(max = 80, message = "{validation.size}")
    private String alias;
    @NotNull(message = "{validation.required}")
    private OrganisationKind kind;
    @NotNull(message = "{validation.required}")
    private Membership membership;
    @Valid
    private Address address = new Address();
    @Pattern(regexp = PHONE_PATTERN, message = "{validation.phone}")
    private String phone;
    @Email(message = "{validation.email}")
    @Size(max = 200, message = "{validation.size}")
    private String email;
    @Pattern(regexp = WEB_PATTERN, message = "{validation.website}")
    private String website;
    @Size(max = 4000, message = "{validation.size}")
    @MultiLine
    private String description;
    @Size(max = 20, message = "{validation.size}")
    private List<@Size(max = 100, message = "{validation.size}") String> areasOfWork = new ArrayList<>();
    @Indexed
    @Derived
    private List<String> searchTokens = List.of();

    public Organisation() {
    }

    public Organisation(String name, String shortName, OrganisationKind kind, Membership membership) {
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.membership = membership;
    }

    /** Stores the working group and refreshes the search words; called before every save. */
    public void placeIn(String workingGroupId) {
        this.workingGroupId = workingGroupId;
        refreshSearchTokens();
    }

    private void refreshSearchTokens() {
        searchTokens = Texts.searchTokens(name, shortName, address == null ? null : address.getCity(),
                String.join(" ", areasOfWork));
    }

    public OrganisationSummary summary() {
        return new OrganisationSummary(id, name, shortName, alias, kind, membership);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = Texts.trimToNull(name); }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = Texts.trimToNull(shortName); }
    public String getAlias() { return alias; }
    public void setAlias(String alias) { this.alias = Texts.trimToNull(alias); }
    public OrganisationKind getKind() { return kind; }
    public void setKind(OrganisationKind kind) { this.kind = kind; }
    public Membership getMembership() { return membership; }
    public void setMembership(Membership membership) { this.membership = membership; }
    public Address getAddress() { return address; }
    public void setAddress(Address address) { this.address = address == null ? new Address() : address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = Texts.trimToNull(phone); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = Texts.trimToNull(email); }
    public String getWebsite() { return website; }
    /** "www.example.de" is stored as "https://www.example.de", whoever sets it. */
    public void setWebsite(String website) { this.website = WebAddresses.normalise(website); }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = Texts.trimToNull(description); }
    public List<String> getAreasOfWork() { return areasOfWork; }
    public void setAreasOfWork(List<String> areasOfWork) {
        this.areasOfWork = areasOfWork == null ? new ArrayList<>() : new ArrayList<>(areasOfWork);
    }
}
