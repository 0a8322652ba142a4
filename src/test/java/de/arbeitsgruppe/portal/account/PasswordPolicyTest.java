package de.arbeitsgruppe.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsTwelveCharactersWithLettersAndADigitOrSign() {
        assertThat(PasswordPolicy.problem("Musterstadt1")).isEmpty();
        assertThat(PasswordPolicy.problem("Sommerfest-!")).isEmpty();
        assertThat(PasswordPolicy.problem("grüne wiesen am fluss")).isEmpty();
    }

    @Test
    void rejectsPasswordsShorterThanTwelveCharacters() {
        assertThat(PasswordPolicy.problem("Muster-stad")).contains("password.tooShort");
        assertThat(PasswordPolicy.problem("")).contains("password.tooShort");
        assertThat(PasswordPolicy.problem(null)).contains("password.tooShort");
    }

    @Test
    void rejectsPasswordsLongerThan128Characters() {
        assertThat(PasswordPolicy.problem("a1" + "x".repeat(126))).isEmpty();
        assertThat(PasswordPolicy.problem("a1" + "x".repeat(127))).contains("password.tooLong");
    }

    @Test
    void rejectsOnlyLettersOrNoLettersAtAll() {
        assertThat(PasswordPolicy.problem("Musterstadtplan")).contains("password.tooSimple");
        assertThat(PasswordPolicy.problem("123456789012")).contains("password.tooSimple");
        assertThat(PasswordPolicy.problem("!!!!????----")).contains("password.tooSimple");
    }
}
