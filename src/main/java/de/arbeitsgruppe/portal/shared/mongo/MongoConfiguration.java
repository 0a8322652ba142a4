package de.arbeitsgruppe.portal.shared.mongo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.config.EnableMongoAuditing;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.event.ValidatingEntityCallback;
import jakarta.validation.Validator;

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
}
