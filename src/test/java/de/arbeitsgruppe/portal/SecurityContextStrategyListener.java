package de.arbeitsgruppe.portal;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several application contexts live side by side in one test JVM (the cached test context, the
 * oidc one, the browser tests' server). Each brings its own Vaadin-aware security-context strategy
 * and makes it the global one when it starts; method security keeps the one of its own context.
 * Without this listener, code that logs a user in through {@link SecurityContextHolder} (e.g.
 * {@link SignedIn}) would, after another context started, write where the services do not read, and
 * a test's outcome would depend on which test ran before it.
 */
public class SecurityContextStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public int getOrder() {
        // before Spring Security's @WithMockUser listener, so the mock user lands in the right place
        return 0;
    }

    private static void useStrategyOf(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
