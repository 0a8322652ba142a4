package de.arbeitsgruppe.portal.exchange;

/** A signed agreement as the download hands it out. */
public record SignedFile(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/pdf";
}
