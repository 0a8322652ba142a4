package de.arbeitsgruppe.portal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.notification.OutboxMail;
import de.arbeitsgruppe.portal.notification.Outbox;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admin: every mail the portal wrote, newest first, with its status. Without a mail server this is
 * where invitations can be read (and their calendar files downloaded).
 */
@Route("admin/postausgang")
@Menu(order = 91, icon = "vaadin:envelopes-o", title = "outbox.title")
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxView extends PortalView {

    static final int SHOWN = 500;

    final Paragraph noServer = new Paragraph();
    final ResponsiveTable<OutboxMail> list = new ResponsiveTable<>(getTranslation("outbox.title"));
    final Paragraph empty = new Paragraph();

    private final Outbox outbox;

    OutboxView(Outbox outbox) {
        this.outbox = outbox;
        noServer.setText(getTranslation("outbox.noServer"));
        noServer.addClassName("portal-flag");
        noServer.setVisible(!outbox.mailServerConfigured());
        configureGrid();
        empty.setText(getTranslation("outbox.empty"));
        empty.addClassName("portal-empty");
        add(noServer, new Paragraph(getTranslation("outbox.intro", SHOWN)), list, empty);
        refresh();
    }

    private void configureGrid() {
        list.addColumn(getTranslation("outbox.createdAt"), mail -> Formats.dateTime(mail.getCreatedAt()));
        list.addColumn(getTranslation("outbox.recipients"), OutboxMail::recipientList);
        list.addColumn(getTranslation("outbox.subject"), OutboxMail::getSubject);
        list.addColumn(getTranslation("outbox.status"), mail -> getTranslation(mail.getStatus().translationKey()));
        list.addComponentColumn(getTranslation("outbox.actions"), this::openButton);
    }

    private Button openButton(OutboxMail mail) {
        var button = new Button(getTranslation("outbox.open"), click -> open(mail.getId()));
        button.setAriaLabel(getTranslation("outbox.open.for", mail.getSubject(), Formats.dateTime(mail.getCreatedAt())));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** Reads the mail again with its attachments, which the list leaves out. */
    void open(String id) {
        outbox.find(id).ifPresentOrElse(mail -> new OutboxMailDialog(mail).open(),
                () -> Notices.error(getTranslation("outbox.gone")));
    }

    void refresh() {
        var mails = outbox.newest(SHOWN);
        list.setItems(mails);
        list.setVisible(!mails.isEmpty());
        empty.setVisible(mails.isEmpty());
    }

    @Override
    protected String titleKey() {
        return "outbox.title";
    }
}
