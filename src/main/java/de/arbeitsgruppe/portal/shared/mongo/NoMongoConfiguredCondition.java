package de.arbeitsgruppe.portal.shared.mongo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when neither {@code spring.mongodb.uri} nor {@code spring.mongodb.host} has a value. */
class NoMongoConfiguredCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return !StringUtils.hasText(environment.getProperty("spring.mongodb.uri"))
                && !StringUtils.hasText(environment.getProperty("spring.mongodb.host"));
    }
}
