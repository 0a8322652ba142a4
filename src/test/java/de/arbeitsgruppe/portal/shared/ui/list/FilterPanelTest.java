package de.arbeitsgruppe.portal.shared.ui.list;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

class FilterPanelTest {

    @Test
    void countsAFilterAsActiveOnlyWhenItDiffersFromWhereItStarted() {
        var period = new RadioButtonGroup<String>();
        period.setItems("anstehend", "vergangen");
        period.setValue("anstehend");
        var place = new TextField();
        var panel = new FilterPanel(period, place);
        assertThat(panel.activeCount()).isZero();

        period.setValue("vergangen");
        place.setValue("Hildesheim");
        assertThat(panel.activeCount()).isEqualTo(2);

        period.setValue("anstehend");
        assertThat(panel.activeCount()).isEqualTo(1);
        assertThat(panel.toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        panel.toggle.click();
        assertThat(panel.toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
    }
}
