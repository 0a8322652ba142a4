package de.arbeitsgruppe.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void aPhoneNumberIsDialledAsWrittenWithoutTheZeroInBracketsAfterTheCountryCode() {
        assertThat(Links.phone("+49 5121 1000").getHref()).isEqualTo("tel:+4951211000");
        assertThat(Links.phone("+49 (0)5121 / 10-00").getHref()).isEqualTo("tel:+4951211000");
        assertThat(Links.phone("05121 1000").getHref()).isEqualTo("tel:051211000");
        assertThat(Links.phone("+49 (0)5121 1000").getText()).isEqualTo("+49 (0)5121 1000");
        assertThat(Links.phone(" ")).isNull();
    }

    @Test
    void anEMailAddressBecomesAMailtoLink() {
        assertThat(Links.email("julia.weber@agentur.example").getHref()).isEqualTo("mailto:julia.weber@agentur.example");
        assertThat(Links.email(null)).isNull();
    }
}
