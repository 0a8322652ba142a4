package de.arbeitsgruppe.portal.shared.mongo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.config.EnableMongoAuditing;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.event.ValidatingEntityCallback;
import jakarta.validation.Validator;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;

/**
 * Documents are validated again on every save (Bean Validation), so no view or import can store
 * what a form would reject.
 */
@Configuration(proxyBeanMethods = false)
@EnableMongoAuditing
class MongoConfiguration {

    @Bean
    ValidatingEntityCallback validatingEntityCallback(Validator validator) {
        return new ValidatingEntityCallback(validator);
    }

    /**
     * Dates and wall-clock times ({@code LocalDate}, {@code LocalDateTime}) through the MongoDB
     * driver's own codecs, which store them as UTC. Spring Data's default converts them with the
     * JVM's time zone, so a node running in UTC would read a series that a node in Europe/Berlin
     * wrote one or two hours off.
     */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(MongoCustomConversions.MongoConverterConfigurationAdapter::useNativeDriverJavaTimeCodecs);
    }

    /**
     * A database that is away answers nothing; the driver keeps looking for a server for
     * {@link DatabaseProperties#serverSelectionTimeout()} (3 s), then the page or save shows the
     * message instead of waiting the driver's 30 s. A healthy replica set elects a new primary within
     * about 12 s, so with a real MongoDB an installation may prefer a longer wait: set it in the URI
     * ({@code serverSelectionTimeoutMS}) or with {@code portal.database.server-selection-timeout}. The
     * driver keeps checking in the background, so once the database is back the next request works.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer shortServerSelection(DatabaseProperties properties,
            ObjectProvider<MongoConnectionDetails> connection) {
        return settings -> {
            var uri = connection.getIfAvailable();
            if (uri == null || uri.getConnectionString().getServerSelectionTimeout() == null) {
                settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        properties.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS));
            }
        };
    }
}
