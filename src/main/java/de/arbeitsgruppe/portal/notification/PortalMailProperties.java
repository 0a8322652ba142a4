package de.arbeitsgruppe.portal.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's sender. The mail server itself is Spring Boot's {@code spring.mail.*}
 * ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT}, {@code SPRING_MAIL_USERNAME},
 * {@code SPRING_MAIL_PASSWORD}); without {@code spring.mail.host} mails stay in the outbox.
 *
 * @param from the sender address ({@code PORTAL_MAIL_FROM}); the development default is no real mailbox
 * @param fromName the name shown as sender
 */
@ConfigurationProperties("portal.mail")
public record PortalMailProperties(
        @DefaultValue("koordinierungsportal@localhost") String from,
        @DefaultValue("Koordinierungsportal") String fromName) {
}
