package de.arbeitsgruppe.portal.search;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The synonym list of one working group. One document per group, keyed by the group's id, so that
 * every search reads it with one lookup by {@code _id} (the embedded server indexes nothing else).
 */
@Document("synonyms")
public class SynonymList {

    public static final int MAX_GROUPS = 200;

    /**
     * What a working group starts with: the words staff, clients and the three authorities use for
     * the same thing in this field of work.
     */
    public static final List<SynonymGroup> SEED = List.of(
            SynonymGroup.of("Bürgergeld", "SGB II", "Grundsicherung", "ALG II", "Hartz IV"),
            SynonymGroup.of("AsylbLG", "Asylbewerberleistungen", "Asylbewerberleistungsgesetz"),
            SynonymGroup.of("BAMF", "Bundesamt für Migration und Flüchtlinge"),
            SynonymGroup.of("Jobcenter", "JC"),
            SynonymGroup.of("Agentur für Arbeit", "AA", "Arbeitsagentur", "BA", "Bundesagentur für Arbeit"),
            SynonymGroup.of("Ausländerbehörde", "ABH"),
            SynonymGroup.of("SGB III", "Arbeitsförderung", "ALG I", "Arbeitslosengeld"),
            SynonymGroup.of("Integrationskurs", "IK", "Sprachkurs"),
            SynonymGroup.of("Berufssprachkurs", "BSK", "DeuFöV"),
            SynonymGroup.of("Anerkennung", "Berufsanerkennung", "Anerkennungsberatung"));

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    @Size(max = MAX_GROUPS, message = "{validation.size}")
    private List<@Valid SynonymGroup> groups = List.of();

    SynonymList() {
    }

    /** A list not yet stored, starting with the given groups. */
    public SynonymList(String workingGroupId, List<SynonymGroup> groups) {
        this.id = workingGroupId;
        this.workingGroupId = workingGroupId;
        setGroups(groups);
    }

    public String getId() { return id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
    public List<SynonymGroup> getGroups() { return groups; }
    public void setGroups(List<SynonymGroup> groups) { this.groups = groups == null ? List.of() : List.copyOf(groups); }
}
