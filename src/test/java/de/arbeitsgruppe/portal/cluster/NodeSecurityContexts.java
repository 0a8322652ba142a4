package de.arbeitsgruppe.portal.cluster;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * What each node would have in a JVM of its own: {@code SecurityContextHolder}'s strategy is one
 * static field per JVM, and each portal context sets its own (Vaadin's) there when it starts. Code
 * that reaches the strategy through the static methods (the logout when an account was deactivated,
 * the calendar feed's filter) would otherwise work on the context of whichever node started last,
 * and a session ended on node B would stay alive in B's own strategy. So, installed as the global
 * strategy, this hands a request thread the strategy of the node serving it, and any other thread
 * (the test's own, the jobs' threads) that of the node the test last chose.
 */
final class NodeSecurityContexts implements SecurityContextHolderStrategy {

    static final NodeSecurityContexts INSTANCE = new NodeSecurityContexts();

    private volatile SecurityContextHolderStrategy outsideRequests;

    private NodeSecurityContexts() {
    }

    void useOutsideRequests(SecurityContextHolderStrategy strategy) {
        outsideRequests = strategy;
    }

    private SecurityContextHolderStrategy current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var node = WebApplicationContextUtils.getWebApplicationContext(attributes.getRequest().getServletContext());
            if (node != null) {
                return node.getBean(SecurityContextHolderStrategy.class);
            }
        }
        return outsideRequests;
    }

    @Override
    public void clearContext() {
        current().clearContext();
    }

    @Override
    public SecurityContext getContext() {
        return current().getContext();
    }

    @Override
    public Supplier<SecurityContext> getDeferredContext() {
        return current().getDeferredContext();
    }

    @Override
    public void setContext(SecurityContext context) {
        current().setContext(context);
    }

    @Override
    public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
        current().setDeferredContext(deferredContext);
    }

    @Override
    public SecurityContext createEmptyContext() {
        return current().createEmptyContext();
    }
}
