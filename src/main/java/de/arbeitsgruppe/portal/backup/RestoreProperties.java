package de.arbeitsgruppe.portal.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param restore an archive of {@link DatabaseBackup} to restore at start into the empty database
 *        ({@code --portal.restore=sicherung.zip}); nothing when empty
 */
@ConfigurationProperties("portal")
public record RestoreProperties(Path restore) {
}
