package de.arbeitsgruppe.portal.account;

import java.util.Optional;

/**
 * Local passwords: at least 12 characters with letters and at least one digit or sign, following
 * the BSI IT-Grundschutz advice to prefer length over forced rotation.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The translation key of what is wrong with the password, if anything. */
    public static Optional<String> problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean other = password.chars().anyMatch(c -> !Character.isLetter(c));
        return letter && other ? Optional.empty() : Optional.of("password.tooSimple");
    }
}
