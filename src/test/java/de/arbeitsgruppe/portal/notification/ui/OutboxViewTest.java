package de.arbeitsgruppe.portal.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.notification.MailStatus;
import de.arbeitsgruppe.portal.notification.Mailer;
import de.arbeitsgruppe.portal.notification.OutboxMail;
import de.arbeitsgruppe.portal.notification.OutgoingMail;
import de.arbeitsgruppe.portal.notification.OutgoingMail.Attachment;
import de.arbeitsgruppe.portal.notification.OutgoingMail.Recipient;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The outbox without a mail server, as in the embedded default: mails are kept, not sent. */
@WithMockUser(username = "erik.admin", roles = "ADMIN")
class OutboxViewTest extends ViewTest {

    static final int CREATED = 0;
    static final int RECIPIENTS = 1;
    static final int SUBJECT = 2;
    static final int STATUS = 3;
    static final int ACTIONS = 4;

    @Autowired
    Mailer mailer;

    @Test
    void keepsAMailInTheOutboxAndListsItFirstWhenNoMailServerIsConfigured() {
        var subject = unique("Einladung: Prüftermin");

        var status = mailer.send(mail(subject));

        assertThat(status).isEqualTo(MailStatus.NOT_SENT_NO_SERVER);
        var view = navigate(OutboxView.class);
        assertThat(heading().getText()).isEqualTo("Postausgang");
        assertThat(view.noServer.isVisible()).isTrue();
        assertThat(view.noServer.getText()).startsWith("Es ist kein Mailserver eingerichtet: E-Mails werden nicht versendet,");
        var grid = view.list;
        assertThat(grid.getCellText(0, SUBJECT)).isEqualTo(subject);
        assertThat(grid.getCellText(0, RECIPIENTS)).isEqualTo("Gabi Gast <gabi.gast@beispiel.example>");
        assertThat(grid.getCellText(0, STATUS)).isEqualTo("nicht versendet (kein Mailserver)");
        assertThat(grid.getCellText(0, CREATED)).matches("\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}");
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void opensAMailWithItsFullTextAndItsCalendarFileToDownload() {
        var subject = unique("Einladung: Lesetermin");
        mailer.send(mail(subject));
        var view = navigate(OutboxView.class);

        test(openButton(view, subject)).click();

        var dialog = find(OutboxMailDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo(subject);
        assertThat(dialog.text.getText()).isEqualTo("Guten Tag Gabi Gast,\n\nhiermit laden wir Sie herzlich ein.");
        assertThat(textOf(dialog.details)).contains("Gabi Gast <gabi.gast@beispiel.example>",
                "nicht versendet (kein Mailserver)", "erik.admin");
        var download = find(Anchor.class, dialog.attachments).single();
        assertThat(download.getText()).isEqualTo("einladung.ics herunterladen (1 KB)");
        assertThat(download.getElement().hasAttribute("download")).isTrue();
        assertThat(download.getHref()).isNotBlank();
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void isNotOpenToCoordinators() {
        var view = navigate("admin/postausgang", ForbiddenView.class);

        assertThat(heading().getText()).isEqualTo("Kein Zugriff");
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void isNotOpenToPartners() {
        var view = navigate("admin/postausgang", ForbiddenView.class);

        assertThat(heading().getText()).isEqualTo("Kein Zugriff");
    }

    private Button openButton(OutboxView view, String subject) {
        var items = view.list.getItems();
        int row = items.stream().map(OutboxMail::getSubject).toList().indexOf(subject);
        assertThat(row).as("row of " + subject).isNotNegative();
        return find(Button.class, view.list.getCellComponent(row, ACTIONS)).single();
    }

    private static OutgoingMail mail(String subject) {
        var calendar = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        return new OutgoingMail(new Recipient("Gabi Gast", "gabi.gast@beispiel.example"), null, subject,
                "Guten Tag Gabi Gast,\n\nhiermit laden wir Sie herzlich ein.",
                List.of(new Attachment("einladung.ics", "text/calendar; method=REQUEST; charset=UTF-8", calendar)));
    }
}
