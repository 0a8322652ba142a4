package de.arbeitsgruppe.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebAddressesTest {

    @Test
    void addsHttpsToAnAddressTypedWithoutScheme() {
        assertThat(WebAddresses.normalise(" www.example.de ")).isEqualTo("https://www.example.de");
        assertThat(WebAddresses.normalise("example.de/beratung")).isEqualTo("https://example.de/beratung");
        assertThat(WebAddresses.normalise("www.example.de:8080/x")).isEqualTo("https://www.example.de:8080/x");
    }

    @Test
    void keepsAnAddressThatNamesItsScheme() {
        assertThat(WebAddresses.normalise("http://www.example.de")).isEqualTo("http://www.example.de");
        assertThat(WebAddresses.normalise("https://www.example.de")).isEqualTo("https://www.example.de");
        // refused by the field's rule afterwards, never turned into a harmless-looking https address
        assertThat(WebAddresses.normalise("javascript:alert(1)")).isEqualTo("javascript:alert(1)");
        assertThat(WebAddresses.normalise("mailto:info@example.de")).isEqualTo("mailto:info@example.de");
    }

    @Test
    void treatsAnEmptyFieldAsNoAddress() {
        assertThat(WebAddresses.normalise("  ")).isNull();
        assertThat(WebAddresses.normalise(null)).isNull();
    }
}
