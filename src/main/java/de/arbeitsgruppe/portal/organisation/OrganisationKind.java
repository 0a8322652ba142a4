package de.arbeitsgruppe.portal.organisation;

/** What kind of body an organisation is; the three authorities form the interfaces. */
public enum OrganisationKind {
    KOMMUNE, AGENTUR_FUER_ARBEIT, JOBCENTER_GE, JOBCENTER_ZKT, WOHLFAHRTSVERBAND, BILDUNGSTRAEGER,
    EHRENAMT, ARBEITGEBER, SONSTIGE;

    public String translationKey() {
        return "organisation.kind." + name().toLowerCase();
    }

    /** The authority side this kind stands on at the interfaces, if any. */
    public AuthoritySide authoritySide() {
        return switch (this) {
            case KOMMUNE -> AuthoritySide.KOMMUNE;
            case AGENTUR_FUER_ARBEIT -> AuthoritySide.AGENTUR;
            case JOBCENTER_GE, JOBCENTER_ZKT -> AuthoritySide.JOBCENTER;
            default -> null;
        };
    }

    /** The three sides between which refugees pass: Kommune, Agentur für Arbeit, Jobcenter. */
    public enum AuthoritySide {
        KOMMUNE, AGENTUR, JOBCENTER
    }
}
