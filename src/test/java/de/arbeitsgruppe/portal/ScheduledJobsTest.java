package de.arbeitsgruppe.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scheduled jobs run once across portal nodes: every {@code @Scheduled} method of every module also
 * carries ShedLock's {@code @SchedulerLock}. Methods are discovered, so a new job fails here until it
 * has its lock.
 */
class ScheduledJobsTest {

    @Test
    void everyScheduledJobOfEveryModuleTakesTheLockAcrossNodes() {
        var jobs = scheduledMethods();

        assertThat(jobs).isNotEmpty().allSatisfy(job -> assertThat(job.getAnnotation(SchedulerLock.class))
                .as("%s.%s needs @SchedulerLock", job.getDeclaringClass().getSimpleName(), job.getName()).isNotNull());
        assertThat(jobs.stream().map(job -> job.getAnnotation(SchedulerLock.class).name()).distinct())
                .as("each job its own lock name").hasSameSizeAs(jobs);
    }

    private static List<Method> scheduledMethods() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Object.class));
        var methods = new ArrayList<Method>();
        for (var candidate : scanner.findCandidateComponents("de.arbeitsgruppe.portal")) {
            if (String.valueOf(candidate.getResourceDescription()).contains("test-classes")) {
                continue;
            }
            try {
                var type = Class.forName(candidate.getBeanClassName());
                Arrays.stream(type.getDeclaredMethods()).filter(method -> method.isAnnotationPresent(Scheduled.class))
                        .forEach(methods::add);
            } catch (ClassNotFoundException | NoClassDefFoundError e) {
                throw new IllegalStateException(e);
            }
        }
        return methods;
    }
}
