package de.arbeitsgruppe.portal.report.internal;

import de.arbeitsgruppe.portal.report.SentReport;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface SentReports extends MongoRepository<SentReport, String> {
}
