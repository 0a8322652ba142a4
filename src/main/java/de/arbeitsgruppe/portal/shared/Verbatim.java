package de.arbeitsgruppe.portal.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A document the portal writes itself from records already stored (e.g. a sent mail with its
 * iCalendar attachment, whose lines must end in CRLF): stored exactly as it is, not cleaned as input.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Verbatim {
}
