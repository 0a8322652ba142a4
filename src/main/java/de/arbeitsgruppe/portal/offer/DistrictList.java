package de.arbeitsgruppe.portal.offer;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** The districts (Ortsteile, Gemeinden) the office keeps for its working group, in the office's order. */
@Document("districtLists")
public class DistrictList {

    @Id
    private String id;
    @Version
    private Long version;
    @Valid
    private List<District> districts = new ArrayList<>();

    DistrictList() {
    }

    public DistrictList(String workingGroupId, List<District> districts) {
        this.id = workingGroupId;
        this.districts = new ArrayList<>(districts);
    }

    public Optional<District> find(String districtId) {
        return districtId == null ? Optional.empty()
                : districts.stream().filter(district -> district.getId().equals(districtId)).findFirst();
    }

    public String getId() { return id; }
    public Long getVersion() { return version; }
    public List<District> getDistricts() { return districts; }
    public void setDistricts(List<District> districts) { this.districts = new ArrayList<>(districts); }
}
