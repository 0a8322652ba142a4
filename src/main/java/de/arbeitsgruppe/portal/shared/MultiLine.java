package de.arbeitsgruppe.portal.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field of a document that may hold several lines (a description): it keeps its line feeds
 * when stored. Every other text is stored as one line (see {@code shared.mongo.TextCleaning}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface MultiLine {
}
