package de.arbeitsgruppe.portal.offer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the offer mails. When the jobs run is set by {@code portal.offers.archive-cron} and
 * {@code portal.offers.reminder-cron} (see {@code OfferJobs}).
 *
 * @param address the portal's address as people reach it, for the links in mails written by jobs and
 *     listeners; by default the one of the task mails ({@code portal.tasks.address}), so one setting serves both
 */
@ConfigurationProperties("portal.offers")
public record OfferMailProperties(@DefaultValue("http://localhost:8080") String address) {

    public OfferMailProperties {
        address = address == null ? "" : address.strip().replaceAll("/+$", "");
    }

    /** The offer's page in the portal, where its provider changes or confirms it. */
    String offerLink(String offerId) {
        return address + "/angebote/" + offerId;
    }
}
