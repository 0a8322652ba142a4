package de.arbeitsgruppe.portal.shared.mongo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.config.EnableMongoAuditing;
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
}
