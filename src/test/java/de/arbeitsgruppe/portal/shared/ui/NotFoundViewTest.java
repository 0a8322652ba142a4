package de.arbeitsgruppe.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import de.arbeitsgruppe.portal.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

class NotFoundViewTest extends ViewTest {

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void saysSoWhenAnAddressDoesNotExist() {
        UI.getCurrent().navigate("gibt-es-nicht");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        var view = (NotFoundView) getCurrentView();
        assertThat(view.heading.getText()).isEqualTo("Nicht gefunden");
        assertThat(textOf(view)).contains("Diese Seite oder dieser Eintrag existiert nicht (mehr).");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void leadsBackToTheOverview() {
        var view = navigate("ansprechpartner/gibt-es-nicht", NotFoundView.class);

        var back = find(Anchor.class, view).single();
        assertThat(back.getText()).isEqualTo("Zur Übersicht");
        assertThat(back.getHref()).isEmpty();
    }
}
