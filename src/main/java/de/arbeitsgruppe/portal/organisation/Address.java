package de.arbeitsgruppe.portal.organisation;

import de.arbeitsgruppe.portal.shared.Texts;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Postal address; every part optional, a given postcode must be German (five digits). */
public class Address {

    @Size(max = 120, message = "{validation.size}")
    private String street;
    @Pattern(regexp = "\\d{5}", message = "{validation.postcode}")
    private String postalCode;
    @Size(max = 80, message = "{validation.size}")
    private String city;

    public Address() {
    }

    public Address(String street, String postalCode, String city) {
        setStreet(street);
        setPostalCode(postalCode);
        setCity(city);
    }

    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = Texts.trimToNull(street); }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = Texts.trimToNull(postalCode); }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = Texts.trimToNull(city); }

    /** "Straße 1, 12345 Stadt", leaving out what is not known. */
    public String singleLine() {
        var place = String.join(" ", java.util.stream.Stream.of(postalCode, city)
                .filter(java.util.Objects::nonNull).toList());
        return String.join(", ", java.util.stream.Stream.of(street, place.isEmpty() ? null : place)
                .filter(java.util.Objects::nonNull).toList());
    }
}
