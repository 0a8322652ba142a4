package de.arbeitsgruppe.portal.shared.mongo;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs of every module run once across portal nodes: each {@code @Scheduled} method also
 * carries ShedLock's {@code @SchedulerLock}, whose lock is a document in the collection
 * {@code shedLock} (found by its {@code _id}, so also on the embedded server). A test fails for a
 * scheduled method without a lock. Jobs must still be safe to repeat, as a lock can expire while a
 * slow job runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class JobLocks {

    @Bean
    LockProvider lockProvider(MongoDatabaseFactory database) {
        return new MongoLockProvider(database.getMongoDatabase());
    }
}
