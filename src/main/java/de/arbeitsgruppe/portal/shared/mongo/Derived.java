package de.arbeitsgruppe.portal.shared.mongo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field the portal keeps in step from other data (search words, a copied name, a sequence
 * number): nobody changes it by hand, so the audit trail does not list it as a change.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Derived {
}
