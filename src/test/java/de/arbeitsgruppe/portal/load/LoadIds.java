package de.arbeitsgruppe.portal.load;

/**
 * The accounts and fixed ids the load-test simulation relies on, all in the working group the
 * portal serves ({@code ag-musterstadt}); the other groups' records carry their group's id as prefix.
 */
public final class LoadIds {

    public static final int WORKING_GROUPS = 20;
    public static final String PASSWORD = "Passwort-123";
    public static final String HOME_PREFIX = "last-";
    /** The three authorities of the demo: the members' organisations. */
    public static final String KOMMUNE = "org-landkreis-musterstadt";
    public static final String AGENTUR = "org-agentur-musterstadt";
    public static final String JOBCENTER = "org-jobcenter-musterstadt";

    private LoadIds() {
    }

    /** {@code ag-last-02} … {@code ag-last-20}: the other groups, numbered from 2. */
    public static String otherGroup(int number) {
        return "ag-last-%02d".formatted(number);
    }

    public static String member(int n) {
        return "last.mitglied." + n;
    }

    public static String office(int n) {
        return "last.koordination." + n;
    }

    public static String partner(int n) {
        return "last.partner." + n;
    }

    /** The provider organisation of partners {@code 2p-1} and {@code 2p}. */
    public static String providerOrganisation(int p) {
        return "last-anbieter-" + p;
    }

    /** Office user {@code n}'s meeting, {@code 14 + 3(n-1)} days ahead, with a minutes draft. */
    public static String officeMeeting(int n) {
        return "last-sitzung-" + n;
    }

    public static String officeTask(int n, int k) {
        return "last-aufgabe-" + n + "-" + k;
    }

    public static String providerOffer(int p, int k) {
        return "last-angebot-" + p + "-" + k;
    }

    /** A past meeting with approved minutes. */
    public static String approvedMinutes(int n) {
        return "last-protokoll-" + n;
    }

    public static String contact(int n) {
        return "last-kontakt-" + n;
    }

    /** The office of another working group, which the seed writes that group's minutes as. */
    static String officeOf(String workingGroupId) {
        return "koordination." + workingGroupId;
    }
}
