package de.arbeitsgruppe.portal.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

class BackupViewTest extends ViewTest {

    @Test
    @WithMockUser(username = "erik.admin", roles = "ADMIN")
    void offersAnAdminTheWholeDatabaseAsADownloadAndExplainsTheRestore() {
        var view = navigate(BackupView.class);

        assertThat(heading().getText()).isEqualTo("Datensicherung");
        assertThat(view.download.getText()).isEqualTo("Sicherung herunterladen (ZIP)");
        assertThat(view.download.getElement().hasAttribute("download")).isTrue();
        assertThat(view.download.getHref()).isNotBlank();
        assertThat(textOf(view)).contains("Passwort-Hashes", "nur in eine leere Installation", "Abschnitt „Backup and restore“");
        assertThat(view.command.getText()).contains("--portal.demo-data=false", "--portal.restore=");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void isNotOpenToCoordinators() {
        navigate("admin/sicherung", ForbiddenView.class);

        assertThat(heading().getText()).isEqualTo("Kein Zugriff");
    }
}
