package de.arbeitsgruppe.portal.shared;

/**
 * Bounds for what a client asks a service for. A grid's offset and page size, a calendar's range or
 * a search's page arrive from the browser and can be crafted: a service clamps them here, so that no
 * single request makes the server read or hold more than a page a person could look at.
 */
public final class Limits {

    /** More than any grid, list or feed asks for at once; a crafted request gets no more. */
    public static final int MAX_PAGE_SIZE = 1000;

    private Limits() {
    }

    /** The page size, between 0 and {@link #MAX_PAGE_SIZE}. */
    public static int pageSize(int requested) {
        return Math.clamp(requested, 0, MAX_PAGE_SIZE);
    }

    /** The offset, at least 0. */
    public static int offset(int requested) {
        return Math.max(0, requested);
    }
}
