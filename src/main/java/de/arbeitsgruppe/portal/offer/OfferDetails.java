package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.shared.MultiLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;

/**
 * What a provider writes about an offer: the part that the office reviews and the catalogue shows.
 * Free places are not part of it: the provider changes them without a new review ({@link Offer}).
 * The texts stay as the provider wrote them, in whatever language; they are plain text, never markup.
 */
public class OfferDetails {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_LINE = 300;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_CAPACITY = 10_000;

    @NotNull(message = "{offer.validation.kind}")
    private OfferKind kind;
    @NotBlank(message = "{offer.validation.title}")
    @Size(max = MAX_TITLE, message = "{validation.size}")
    private String title;
    @Size(max = MAX_DESCRIPTION, message = "{validation.size}")
    @MultiLine
    private String description;
    private CefrLevel levelFrom;
    private CefrLevel levelTo;
    /** A literacy course (Alphabetisierung): for people who learn to read and write, before A1. */
    private boolean literacy;
    private LocalDate start;
    private LocalDate end;
    private LocalDate registrationDeadline;
    /** People can join at any time ("laufender Einstieg"). */
    private boolean continuousEntry;
    /** Days and times, as the provider puts them: "Mo–Fr 8:30–12:45". */
    @Size(max = MAX_LINE, message = "{validation.size}")
    private String schedule;
    @DecimalMin(value = "0", message = "{offer.validation.hours}")
    @DecimalMax(value = "60", message = "{offer.validation.hours}")
    private BigDecimal hoursPerWeek;
    @NotNull(message = "{validation.required}")
    private OfferFormat format = OfferFormat.IN_PERSON;
    @Size(max = MAX_LINE, message = "{validation.size}")
    private String venue;
    @Size(max = MAX_LINE, message = "{validation.size}")
    private String street;
    @Pattern(regexp = "^$|^[0-9]{5}$", message = "{offer.validation.postalCode}")
    private String postalCode;
    @Size(max = MAX_LINE, message = "{validation.size}")
    private String city;
    /** One of the districts the office keeps ({@link DistrictList}); its name is read there, so a renamed district needs no change here. */
    private String districtId;
    @PositiveOrZero(message = "{offer.validation.places}")
    @Max(value = MAX_CAPACITY, message = "{offer.validation.places}")
    private Integer capacity;
    private boolean childcare;
    private boolean womenOnly;
    private boolean freeOfCharge;
    @Size(max = MAX_LINE, message = "{validation.size}")
    private String costs;
    private Set<Funding> fundings = EnumSet.noneOf(Funding.class);
    @Size(max = MAX_NOTE, message = "{validation.size}")
    @MultiLine
    private String eligibility;
    /** Languages in which the staff can help: "Arabisch, Ukrainisch, Englisch". */
    @Size(max = MAX_LINE, message = "{validation.size}")
    private String helpLanguages;
    @Size(max = MAX_NOTE, message = "{validation.size}")
    @MultiLine
    private String accessibility;
    @Size(max = MAX_LINE, message = "{validation.size}")
    private String contactName;
    @Size(max = MAX_LINE, message = "{validation.size}")
    private String contactPhone;
    @Email(message = "{validation.email}")
    @Size(max = MAX_LINE, message = "{validation.size}")
    private String contactEmail;
    /** How to register, in the provider's words. */
    @Size(max = MAX_NOTE, message = "{validation.size}")
    @MultiLine
    private String registration;
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{offer.validation.url}")
    @Size(max = MAX_LINE, message = "{validation.size}")
    private String registrationUrl;

    /** A copy that shares nothing with this one: the catalogue keeps the published version apart. */
    public OfferDetails copy() {
        var copy = new OfferDetails();
        copy.kind = kind;
        copy.title = title;
        copy.description = description;
        copy.levelFrom = levelFrom;
        copy.levelTo = levelTo;
        copy.literacy = literacy;
        copy.start = start;
        copy.end = end;
        copy.registrationDeadline = registrationDeadline;
        copy.continuousEntry = continuousEntry;
        copy.schedule = schedule;
        copy.hoursPerWeek = hoursPerWeek;
        copy.format = format;
        copy.venue = venue;
        copy.street = street;
        copy.postalCode = postalCode;
        copy.city = city;
        copy.districtId = districtId;
        copy.capacity = capacity;
        copy.childcare = childcare;
        copy.womenOnly = womenOnly;
        copy.freeOfCharge = freeOfCharge;
        copy.costs = costs;
        copy.fundings = fundings == null || fundings.isEmpty() ? EnumSet.noneOf(Funding.class) : EnumSet.copyOf(fundings);
        copy.eligibility = eligibility;
        copy.helpLanguages = helpLanguages;
        copy.accessibility = accessibility;
        copy.contactName = contactName;
        copy.contactPhone = contactPhone;
        copy.contactEmail = contactEmail;
        copy.registration = registration;
        copy.registrationUrl = registrationUrl;
        return copy;
    }

    /** Whether the offer can still be begun or attended on this day; offers without an end run on. */
    public boolean isOverOn(LocalDate day) {
        return end != null && end.isBefore(day);
    }

    /** Whether it covers the level: literacy courses cover "Alphabetisierung", others their range. */
    public boolean covers(CefrLevel level) {
        if (levelFrom == null && levelTo == null) {
            return false;
        }
        var from = levelFrom == null ? CefrLevel.A1 : levelFrom;
        var to = levelTo == null ? CefrLevel.C2 : levelTo;
        return from.compareTo(level) <= 0 && level.compareTo(to) <= 0;
    }

    public OfferKind getKind() { return kind; }
    public void setKind(OfferKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public CefrLevel getLevelFrom() { return levelFrom; }
    public void setLevelFrom(CefrLevel levelFrom) { this.levelFrom = levelFrom; }
    public CefrLevel getLevelTo() { return levelTo; }
    public void setLevelTo(CefrLevel levelTo) { this.levelTo = levelTo; }
    public boolean isLiteracy() { return literacy; }
    public void setLiteracy(boolean literacy) { this.literacy = literacy; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    public LocalDate getRegistrationDeadline() { return registrationDeadline; }
    public void setRegistrationDeadline(LocalDate registrationDeadline) { this.registrationDeadline = registrationDeadline; }
    public boolean isContinuousEntry() { return continuousEntry; }
    public void setContinuousEntry(boolean continuousEntry) { this.continuousEntry = continuousEntry; }
    public String getSchedule() { return schedule; }
    public void setSchedule(String schedule) { this.schedule = schedule; }
    public BigDecimal getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(BigDecimal hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
    public OfferFormat getFormat() { return format; }
    public void setFormat(OfferFormat format) { this.format = format; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getDistrictId() { return districtId; }
    public void setDistrictId(String districtId) { this.districtId = districtId; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public boolean isChildcare() { return childcare; }
    public void setChildcare(boolean childcare) { this.childcare = childcare; }
    public boolean isWomenOnly() { return womenOnly; }
    public void setWomenOnly(boolean womenOnly) { this.womenOnly = womenOnly; }
    public boolean isFreeOfCharge() { return freeOfCharge; }
    public void setFreeOfCharge(boolean freeOfCharge) { this.freeOfCharge = freeOfCharge; }
    public String getCosts() { return costs; }
    public void setCosts(String costs) { this.costs = costs; }
    public Set<Funding> getFundings() { return fundings; }
    public void setFundings(Set<Funding> fundings) { this.fundings = fundings; }
    public String getEligibility() { return eligibility; }
    public void setEligibility(String eligibility) { this.eligibility = eligibility; }
    public String getHelpLanguages() { return helpLanguages; }
    public void setHelpLanguages(String helpLanguages) { this.helpLanguages = helpLanguages; }
    public String getAccessibility() { return accessibility; }
    public void setAccessibility(String accessibility) { this.accessibility = accessibility; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getRegistration() { return registration; }
    public void setRegistration(String registration) { this.registration = registration; }
    public String getRegistrationUrl() { return registrationUrl; }
    public void setRegistrationUrl(String registrationUrl) { this.registrationUrl = registrationUrl; }
}
