package de.arbeitsgruppe.portal.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An Ortsteil or Gemeinde of the office's list; offers name it by its id, so it can be renamed. */
public class District {

    public static final int MAX_NAME = 100;

    private String id;
    @NotBlank(message = "{validation.required}")
    @Size(max = MAX_NAME, message = "{validation.size}")
    private String name;

    District() {
    }

    public District(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
