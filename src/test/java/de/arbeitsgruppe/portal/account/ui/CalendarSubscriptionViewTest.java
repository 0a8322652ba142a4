package de.arbeitsgruppe.portal.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.account.CalendarTokens;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.overview.ui.DashboardView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "clara.jobcenter", roles = Role.MEMBER_NAME)
class CalendarSubscriptionViewTest extends ViewTest {

    private static final String FEED_ADDRESS = ".*/ical/abo/[A-Za-z0-9_-]{43}\\.ics";

    @Autowired
    CalendarTokens tokens;

    @BeforeEach
    void startWithoutAddress() {
        tokens.revoke();
    }

    @Test
    void explainsTheSubscriptionAndOffersToCreateAnAddress() {
        var view = navigate(CalendarSubscriptionView.class);

        assertThat(heading().getText()).isEqualTo("Kalender abonnieren");
        assertThat(textOf(view)).contains("Outlook oder Thunderbird", "Aus dem Internet abonnieren", "Im Netzwerk");
        assertThat(view.status.getText()).isEqualTo("Sie haben noch keine Abo-Adresse.");
        assertThat(view.create.getText()).isEqualTo("Abo-Adresse erstellen");
        assertThat(view.revoke.isVisible()).isFalse();
        assertThat(view.addressArea.isVisible()).isFalse();
    }

    @Test
    void showsTheNewAddressOnceWithTheWarningToKeepItSecret() {
        var view = navigate(CalendarSubscriptionView.class);

        test(view.create).click();

        assertThat(view.addressArea.isVisible()).isTrue();
        assertThat(view.address.getValue()).matches(FEED_ADDRESS);
        assertThat(view.address.isReadOnly()).isTrue();
        assertThat(textOf(view.addressArea)).contains("nur jetzt angezeigt", "geben Sie sie nicht weiter");
        assertThat(view.status.getText()).startsWith("Ihre aktuelle Abo-Adresse wurde am ").endsWith(" erstellt.");
        assertThat(view.create.getText()).isEqualTo("Neue Adresse erstellen");
        assertThat(view.revoke.isVisible()).isTrue();

        navigate(DashboardView.class);
        var again = navigate(CalendarSubscriptionView.class);

        assertThat(again.addressArea.isVisible()).isFalse();
        assertThat(again.address.getValue()).isEmpty();
        assertThat(again.status.getText()).startsWith("Ihre aktuelle Abo-Adresse wurde am ");
    }

    @Test
    void makesCopyingTheMainActionOnceTheAddressExistsAndSaysThatANewOneEndsTheOld() {
        var view = navigate(CalendarSubscriptionView.class);
        assertThat(view.create.getThemeNames()).contains("primary");
        assertThat(view.renewHint.isVisible()).isFalse();

        test(view.create).click();

        assertThat(view.copy.getThemeNames()).contains("primary");
        assertThat(view.create.getThemeNames()).doesNotContain("primary");
        assertThat(view.renewHint.isVisible()).isTrue();
        assertThat(view.renewHint.getText()).isEqualTo("Eine neue Adresse ersetzt die bisherige: Kalenderprogramme, "
                + "die die bisherige Adresse verwenden, erhalten danach keine Termine mehr.");
        assertThat(view.create.getElement().getAttribute("aria-describedby")).isEqualTo(view.renewHint.getId().orElseThrow());
    }

    @Test
    void saysNextToTheButtonWhetherTheBrowserCopiedTheAddress() {
        var view = navigate(CalendarSubscriptionView.class);
        test(view.create).click();
        assertThat(view.copyStatus.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(view.copyStatus.getText()).isEmpty();

        browserReportsCopy(view, true);
        assertThat(view.copyStatus.getText()).isEqualTo("Die Adresse ist in der Zwischenablage.");

        browserReportsCopy(view, false);
        assertThat(view.copyStatus.getText()).isEqualTo("Die Adresse ließ sich nicht automatisch kopieren. "
                + "Markieren Sie sie im Feld und kopieren Sie sie mit Strg+C.");
    }

    /** What the copy script in the browser sends after the click (a browser test runs the script itself). */
    private static void browserReportsCopy(CalendarSubscriptionView view, boolean copied) {
        var data = JacksonUtils.createObjectNode();
        data.put("event.detail", copied);
        var button = view.copy.getElement();
        button.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(button, "portal-copied", data));
    }

    @Test
    void aNewAddressReplacesTheOldOneOnlyAfterConfirmation() {
        var view = navigate(CalendarSubscriptionView.class);
        test(view.create).click();
        var first = view.address.getValue();

        test(view.create).click();
        var dialog = find(Confirmation.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Neue Abo-Adresse erstellen?");
        assertThat(dialog.getQuestion()).contains("Die bisherige Adresse funktioniert danach nicht mehr.");
        dialog.cancel();

        assertThat(view.address.getValue()).isEqualTo(first);

        test(view.create).click();
        find(Confirmation.class).single().confirm();

        assertThat(view.address.getValue()).matches(FEED_ADDRESS).isNotEqualTo(first);
    }

    @Test
    void revokingEndsTheAddressAfterConfirmation() {
        var view = navigate(CalendarSubscriptionView.class);
        test(view.create).click();

        test(view.revoke).click();
        var dialog = find(Confirmation.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Abo widerrufen?");
        dialog.confirm();

        assertThat(view.status.getText()).isEqualTo("Sie haben noch keine Abo-Adresse.");
        assertThat(view.addressArea.isVisible()).isFalse();
        assertThat(view.revoke.isVisible()).isFalse();
        assertThat(notifications()).contains("Das Abo ist widerrufen; die Adresse funktioniert nicht mehr.");
        assertThat(SignedIn.as("clara.jobcenter", Role.MEMBER, tokens::issuedAt)).isEmpty();
    }
}
