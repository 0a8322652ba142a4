package de.arbeitsgruppe.portal.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.report.LeadershipContact;
import de.arbeitsgruppe.portal.report.ReportRecipients;
import de.arbeitsgruppe.portal.report.ReportRefused;
import de.arbeitsgruppe.portal.report.ReportSettings;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The office names who of each member organisation's leadership receives the report, and switches the
 * quarterly sending on or off. Changes are kept in a list on the page until "Speichern"; a save of
 * someone else meanwhile is shown as a conflict and the stored settings are shown anew.
 */
@Route(ReportSettingsView.ROUTE)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class ReportSettingsView extends PortalView {

    public static final String ROUTE = "berichte/empfaenger";

    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final Button addContact = new Button();
    final ResponsiveTable<LeadershipContact> contacts = new ResponsiveTable<>(getTranslation("report.settings.contacts"));
    final Paragraph empty = new Paragraph();
    final Checkbox quarterly = new Checkbox();
    /** Whose rights the schedule runs with, or that it stalls: otherwise nobody notices until a quarter is missing. */
    final Paragraph scheduledAs = new Paragraph();
    final Button save = new Button();
    final List<LeadershipContact> shown = new ArrayList<>();
    ReportSettings settings;

    private final ReportRecipients recipients;
    private final Map<String, String> names;

    ReportSettingsView(ReportRecipients recipients, OrganisationManagement organisations) {
        this.recipients = recipients;
        var members = organisations.summaries().stream().filter(o -> o.membership() == Membership.MEMBER).toList();
        names = organisations.summaries().stream().collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name, (a, b) -> a));
        add(new Paragraph(getTranslation("report.settings.intro")), new Anchor(ReportBuildView.ROUTE, getTranslation("report.toBuild")));
        organisation.setLabel(getTranslation("report.field.organisation"));
        organisation.setItems(members);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        name.setLabel(getTranslation("report.field.name"));
        name.setMaxLength(200);
        email.setLabel(getTranslation("report.field.email"));
        email.setMaxLength(254);
        addContact.setText(getTranslation("report.settings.add"));
        addContact.addClickListener(click -> addContact());
        contacts.addColumn(getTranslation("report.field.name"), LeadershipContact::name);
        contacts.addColumn(getTranslation("report.field.organisation"), contact -> names.getOrDefault(contact.organisationId(), ""));
        contacts.addColumn(getTranslation("report.field.email"), LeadershipContact::email);
        contacts.addComponentColumn(getTranslation("report.settings.actions"), contact -> {
            var remove = new Button(getTranslation("report.settings.remove"), click -> {
                shown.remove(contact);
                showContacts();
            });
            remove.getElement().setAttribute("aria-label", getTranslation("report.settings.remove.for", contact.name()));
            return remove;
        });
        empty.setText(getTranslation("report.settings.empty"));
        empty.addClassName("portal-empty");
        quarterly.setLabel(getTranslation("report.settings.quarterly"));
        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var form = new FormLayout(organisation, name, email);
        add(new H2(getTranslation("report.settings.contacts")), form, addContact, contacts, empty,
                new H2(getTranslation("report.settings.schedule")), new Paragraph(getTranslation("report.settings.scheduleIntro")),
                quarterly, scheduledAs, save);
        load();
    }

    private void load() {
        settings = recipients.current();
        shown.clear();
        shown.addAll(settings.getLeadershipContacts());
        quarterly.setValue(settings.isQuarterly());
        showScheduledAs();
        showContacts();
    }

    private void showScheduledAs() {
        scheduledAs.setVisible(settings.isQuarterly());
        scheduledAs.setText(recipients.scheduledAs()
                .map(office -> getTranslation("report.settings.scheduledAs", office.displayName()))
                .orElseGet(() -> getTranslation("report.settings.stalled")));
    }

    void addContact() {
        organisation.setInvalid(organisation.getValue() == null);
        name.setInvalid(name.getValue().isBlank());
        email.setInvalid(email.getValue().isBlank() || email.isInvalid());
        if (organisation.isInvalid() || name.isInvalid() || email.isInvalid()) {
            Notices.error(getTranslation("form.invalid"));
            return;
        }
        shown.add(new LeadershipContact(organisation.getValue().id(), name.getValue().strip(), email.getValue().strip()));
        name.clear();
        email.clear();
        showContacts();
    }

    void save() {
        settings.setLeadershipContacts(shown);
        settings.setQuarterly(quarterly.getValue());
        try {
            SaveFailures.attemptOrReload(this, "report.settings.conflict", this::load, () -> recipients.save(settings))
                    .ifPresent(saved -> {
                        settings = saved;
                        showScheduledAs();
                        Notices.success(getTranslation("report.settings.saved"));
                    });
        } catch (ReportRefused refused) {
            Notices.error(getTranslation(refused.messageKey()));
        }
    }

    private void showContacts() {
        contacts.setItems(List.copyOf(shown));
        contacts.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
    }

    @Override
    protected String titleKey() {
        return "report.settings.title";
    }
}
