package de.arbeitsgruppe.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import de.arbeitsgruppe.portal.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

class LegalViewTest extends ViewTest {

    @Test
    void showsImprintAndPrivacyToAnonymousVisitors() {
        var view = navigate(LegalView.class);

        assertThat(view.heading.getText()).isEqualTo("Impressum und Datenschutz");
        assertThat(find(H2.class).all()).extracting(H2::getText).containsExactly("Impressum", "Datenschutz");
        assertThat(textOf(view)).contains("keine personenbezogenen Daten von Geflüchteten");
    }

    @Test
    @WithAnonymousUser
    void showsImprintAndPrivacyWithAnAnonymousLoginToken() {
        var view = navigate(LegalView.class);

        assertThat(view.heading.getText()).isEqualTo("Impressum und Datenschutz");
    }

    @Test
    void linksToItselfAndTheAccessibilityStatementFromTheFooter() {
        navigate(LegalView.class);

        var layout = find(MainLayout.class).single();
        assertThat(find(Anchor.class, layout).all())
                .extracting(Anchor::getHref)
                .contains("barrierefreiheit", "impressum");
    }
}
