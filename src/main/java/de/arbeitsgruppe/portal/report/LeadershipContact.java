package de.arbeitsgruppe.portal.report;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Someone of an organisation's leadership who receives the report. By name and address rather than
 * from the contact directory: the directory holds the people who work at the interfaces, and the
 * leadership (a head of department, a managing director) is usually not among them.
 */
public record LeadershipContact(
        @NotBlank(message = "{validation.required}") String organisationId,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}") String name,
        @NotBlank(message = "{validation.required}") @Email(message = "{report.validation.email}")
        @Size(max = 254, message = "{validation.size}") String email) {
}
