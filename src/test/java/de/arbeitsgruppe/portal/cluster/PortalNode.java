package de.arbeitsgruppe.portal.cluster;

import de.arbeitsgruppe.portal.PortalApplication;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * One portal node: the whole application in a context of its own, on its own random HTTP port, on the
 * database it is given, as {@code java -jar} would start it with {@code SPRING_MONGODB_URI}.
 */
final class PortalNode implements AutoCloseable {

    private final String name;
    private final ConfigurableApplicationContext context;

    private PortalNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    /** Starts a node; the arguments win over every properties file, as on a command line. */
    static PortalNode start(String name, String mongoUri, String... settings) {
        var arguments = new ArrayList<>(List.of("--server.port=0", "--spring.mongodb.uri=" + mongoUri,
                // as the prod profile: the client's address from the proxy's X-Forwarded-For
                "--server.forward-headers-strategy=native"));
        arguments.addAll(List.of(settings));
        var context = new SpringApplicationBuilder(PortalApplication.class).profiles("test")
                .run(arguments.toArray(String[]::new));
        return new PortalNode(name, context);
    }

    String name() {
        return name;
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * Runs code in this node as a signed-in user. Each context brings its own security-context
     * strategy, and its services read that one: it is chosen first ({@link NodeSecurityContexts}).
     */
    <T> T as(String username, Role role, Supplier<T> action) {
        useSecurityContextOfThisNode();
        return SignedIn.as(username, role, action);
    }

    void useSecurityContextOfThisNode() {
        NodeSecurityContexts.INSTANCE.useOutsideRequests(context.getBean(SecurityContextHolderStrategy.class));
    }

    /**
     * Runs a scheduled job as the node's scheduler does: through the Spring bean, so with ShedLock's
     * lock around it. The job classes are their modules' own, so they are named here, not imported.
     */
    void runJob(String jobClass, String method) {
        try {
            var bean = context.getBean(Class.forName(jobClass));
            ReflectionTestUtils.invokeMethod(bean, method);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean isRunning() {
        return context.isActive();
    }

    @Override
    public void close() {
        context.close();
    }
}
