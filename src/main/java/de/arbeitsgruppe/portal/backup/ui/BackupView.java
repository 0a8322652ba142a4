package de.arbeitsgruppe.portal.backup.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import de.arbeitsgruppe.portal.backup.DatabaseBackup;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admin: the whole database as one download, and how to restore it. The restore is a start option,
 * not an upload here: it goes only into an empty installation, and an admin who is logged in already
 * has an account in the database.
 */
@Route("admin/sicherung")
@Menu(order = 93, icon = "vaadin:download", title = "backup.title")
@RolesAllowed(Role.ADMIN_NAME)
public class BackupView extends PortalView {

    static final String CONTENT_TYPE = "application/zip";
    static final String RESTORE_COMMAND = "java -jar koordinierungsportal.jar --portal.demo-data=false \\\n"
            + "     --portal.data-directory=./data-neu --portal.restore=koordinierungsportal-sicherung-….zip";

    final Anchor download;
    final Pre command = new Pre(RESTORE_COMMAND);

    BackupView(DatabaseBackup backup) {
        download = new Anchor(archive(backup), AttachmentType.DOWNLOAD, getTranslation("backup.download"));
        download.addClassName("portal-download");
        // wraps on a narrow screen instead of a region that scrolls sideways
        command.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        add(new Paragraph(getTranslation("backup.intro")), download, new Paragraph(getTranslation("backup.format")),
                new H2(getTranslation("backup.restore")), new Paragraph(getTranslation("backup.restore.text")), command);
    }

    /** Streams the archive as it is written: the database is never held in memory. */
    private static DownloadHandler archive(DatabaseBackup backup) {
        return event -> {
            event.setFileName(backup.fileName());
            event.setContentType(CONTENT_TYPE);
            try (var out = event.getOutputStream()) {
                backup.writeTo(out);
            }
        };
    }

    @Override
    protected String titleKey() {
        return "backup.title";
    }
}
