package de.arbeitsgruppe.portal.audit;

/**
 * One field, before and after, as text. {@code field} and {@code parent} are translation keys where
 * the portal has a label (else the field's name), so the page speaks the reader's language; a
 * change inside a list names the list ({@code parent}) and the element ({@code item}).
 * {@code type} says how to show the values: an enum's class name, {@code instant}, {@code date},
 * {@code boolean}, or {@code null} for plain text. A secret field (password hash, token) is
 * recorded as changed, with neither value.
 */
public record FieldChange(String parent, String item, String field, String before, String after, String type,
        boolean secret) {

    static FieldChange secret(String field) {
        return new FieldChange(null, null, field, null, null, null, true);
    }

    static FieldChange of(String field, String before, String after, String type) {
        return new FieldChange(null, null, field, before, after, type, false);
    }

    FieldChange inside(String parent, String item) {
        return new FieldChange(parent, item, field, before, after, type, secret);
    }
}
