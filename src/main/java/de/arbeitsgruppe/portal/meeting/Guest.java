package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.shared.Texts;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A guest without an account, invited by e-mail (e.g. a speaker for one agenda item). */
public class Guest {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String name;
    @Size(max = 200, message = "{validation.size}")
    private String organisation;
    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 200, message = "{validation.size}")
    private String email;

    public Guest() {
    }

    public Guest(String name, String organisation, String email) {
        setName(name);
        setOrganisation(organisation);
        setEmail(email);
    }

    /**
     * Key of the guest in the attendance list: guests have no id, their address is unique enough.
     * Stored as a map key, which may hold no dot in MongoDB: dots (and the escape sign) are escaped.
     */
    public String attendanceKey() {
        var address = email == null ? "" : email.toLowerCase(java.util.Locale.ROOT);
        return "guest:" + address.replace("%", "%25").replace(".", "%2E");
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = Texts.trimToNull(name); }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = Texts.trimToNull(organisation); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = Texts.trimToNull(email); }
}
