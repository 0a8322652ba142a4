package de.arbeitsgruppe.portal.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two nodes started at the same moment on an empty database in demo mode: the second waits while
 * the first seeds, then finds every demo record there and adds none. Without the lock both inserted,
 * and the second insert of a fixed id (the first demo organisation) stopped that node's start.
 */
@SpringBootTest
@ActiveProfiles("test")
class DemoSeedingLockIT {

    private static final List<String> SEEDED = List.of("organisations", "accounts", "contacts", "meetings", "protocols",
            "tasks", "offers", "exchangeAgreements", "evaluations");

    @Autowired
    DemoSeedingLock seeding;
    @Autowired
    LockProvider locks;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;

    @Test
    void aNodeStartingWhileAnotherSeedsTheDemoDataWaitsUntilTheOtherIsDone() throws Exception {
        var otherNode = locks.lock(new LockConfiguration(Instant.now(), DemoSeedingLock.NAME, Duration.ofMinutes(1),
                Duration.ZERO)).orElseThrow();

        var thisNode = CompletableFuture.runAsync(seeding::acquire);
        Thread.sleep(800);
        var waited = !thisNode.isDone();
        otherNode.unlock();
        thisNode.get(10, TimeUnit.SECONDS);
        seeding.release();

        assertThat(waited).as("waits while the other node seeds").isTrue();
        assertThat(thisNode).isCompleted();
    }

    @Test
    void theSecondNodesSeedingAfterTheWaitAddsNoRecord() throws Exception {
        var before = counts();

        seeding.acquire();
        try {
            for (var runner : demoRunners()) {
                runner.run(new DefaultApplicationArguments());
            }
        } finally {
            seeding.release();
        }

        assertThat(counts()).isEqualTo(before);
        assertThat(before.get("organisations")).isPositive();
    }

    private List<ApplicationRunner> demoRunners() {
        return context.getBeansOfType(ApplicationRunner.class).values().stream()
                .filter(runner -> AopUtils.getTargetClass(runner).getSimpleName().startsWith("Demo"))
                .sorted(AnnotationAwareOrderComparator.INSTANCE)
                .toList();
    }

    private Map<String, Long> counts() {
        return SEEDED.stream().filter(mongo::collectionExists).sorted(Comparator.naturalOrder())
                .collect(Collectors.toMap(Function.identity(), name -> mongo.getCollection(name).countDocuments()));
    }
}
