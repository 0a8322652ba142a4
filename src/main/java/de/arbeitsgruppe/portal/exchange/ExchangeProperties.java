package de.arbeitsgruppe.portal.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the register's review reminders; when the job runs is {@code portal.exchange.reminder-cron}
 * (see {@code ExchangeJobs}).
 *
 * @param reminderDaysBefore how many days before an agreement's review date its contacts are reminded
 * @param address the portal's address as people reach it, for the link in the mail
 */
@ConfigurationProperties("portal.exchange")
public record ExchangeProperties(@DefaultValue("14") int reminderDaysBefore,
        @DefaultValue("http://localhost:8080") String address) {

    public ExchangeProperties {
        reminderDaysBefore = Math.max(0, reminderDaysBefore);
        address = address == null ? "" : address.strip().replaceAll("/+$", "");
    }

    String agreementLink(String agreementId) {
        return address + "/datenaustausch/" + agreementId;
    }
}
