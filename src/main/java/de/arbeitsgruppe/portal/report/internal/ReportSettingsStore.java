package de.arbeitsgruppe.portal.report.internal;

import de.arbeitsgruppe.portal.report.ReportSettings;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ReportSettingsStore extends MongoRepository<ReportSettings, String> {
}
