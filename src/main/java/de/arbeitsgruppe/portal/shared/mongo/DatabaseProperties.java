package de.arbeitsgruppe.portal.shared.mongo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param serverSelectionTimeout how long a read or save waits for an unreachable database before it
 *        gives up and the user sees "Die Datenbank ist gerade nicht erreichbar" (the driver's default,
 *        30 s, feels like a hung page; a page may ask several times). A {@code serverSelectionTimeoutMS}
 *        in {@code spring.mongodb.uri} wins.
 */
@ConfigurationProperties("portal.database")
public record DatabaseProperties(@DefaultValue("3s") Duration serverSelectionTimeout) {
}
