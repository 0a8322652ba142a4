package de.arbeitsgruppe.portal.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The parts of seeding on several nodes that one application context can show: a node waits while
 * another holds the seeding lock, every demo runner runs inside the lock, and the runners run again
 * on a seeded database (what the waiting node does after the wait) add no record. Not shown here:
 * two whole nodes starting at the same moment on an empty database: two contexts in one JVM seed
 * through the JVM's one static SecurityContextHolder strategy, which two real nodes don't share
 * (TwoNodesIT starts its nodes one after the other for that reason).
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
    PortalProperties properties;
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
    void aNodeStoppedWhileItTakesTheLockLeavesItFreeForTheNextStart() throws Exception {
        // the stop (Ctrl+C right after "Started") comes on the shutdown hook's thread while the lock's
        // request is under way on the main thread; once the stop is done, the hook closes the database
        var requestUnderWay = new CountDownLatch(1);
        var answer = new CountDownLatch(1);
        var databaseClosed = new AtomicBoolean();
        LockProvider slowDatabase = configuration -> {
            requestUnderWay.countDown();
            await(answer);
            return locks.lock(configuration).map(taken -> () -> {
                if (databaseClosed.get()) {
                    throw new IllegalStateException("the database is closed");
                }
                taken.unlock();
            });
        };
        var stoppedNode = new DemoSeedingLock(slowDatabase, properties);

        var seeding = CompletableFuture.runAsync(stoppedNode::acquire);
        assertThat(requestUnderWay.await(10, TimeUnit.SECONDS)).isTrue();
        var stop = new Thread(() -> {
            stoppedNode.destroy();
            databaseClosed.set(true);
        });
        stop.start();
        // the stop waits for the request under way instead of closing the database beneath it
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (stop.getState() != Thread.State.BLOCKED && stop.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(stop.getState()).as("the stop, while the lock's request is under way").isEqualTo(Thread.State.BLOCKED);
        answer.countDown();
        stop.join(10_000);
        seeding.handle((done, failure) -> null).get(10, TimeUnit.SECONDS);

        var nextStart = locks.lock(new LockConfiguration(Instant.now(), DemoSeedingLock.NAME, Duration.ofMinutes(1),
                Duration.ZERO));
        assertThat(nextStart).as("the next start takes the lock at once").isPresent();
        nextStart.get().unlock();
        assertThatThrownBy(stoppedNode::acquire).as("a stopped node takes it no more").isInstanceOf(IllegalStateException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everyDemoRunnerRunsAfterTheLockIsTakenAndBeforeItIsReleased() {
        var orders = demoRunners().stream().map(runner -> orderOf(runner)).toList();

        assertThat(orders).isNotEmpty().allSatisfy(order -> assertThat(order)
                .isGreaterThan(orderOf(DemoSeedingLock.SeedingStarts.class))
                .isLessThan(orderOf(DemoSeedingLock.SeedingEnds.class)));
    }

    @Test
    void theDemoSeedingRunAgainOnASeededDatabaseAddsNoRecord() throws Exception {
        // the runners' own "insert what is missing", which the lock relies on; this alone would pass without it
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

    private int orderOf(Class<? extends ApplicationRunner> type) {
        return orderOf(context.getBean(type));
    }

    /** A runner without an order runs last, after the lock's end. */
    private static int orderOf(ApplicationRunner runner) {
        return OrderUtils.getOrder(AopUtils.getTargetClass(runner), Ordered.LOWEST_PRECEDENCE);
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
