package de.arbeitsgruppe.portal.shared.mongo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A document the portal keeps for its own bookkeeping (counters of failed logins, locks), not a record
 * anybody edits: its saves are not listed in the audit trail field by field. What it means for people
 * reaches the trail as events (an account locked, a lock lifted). Needs a reason, given in {@link #value()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotAudited {

    /** Why the trail leaves it out, and how its meaning reaches the trail instead. */
    String value();
}
