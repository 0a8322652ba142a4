package de.arbeitsgruppe.portal.shared;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's time for what depends on the date (due dates, reminders, recurring tasks), in
 * Europe/Berlin: one bean, so that tests move the time of the whole application instead of waiting.
 */
@Configuration(proxyBeanMethods = false)
public class PortalClock {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(Formats.ZONE);
    }
}
