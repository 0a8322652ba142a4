package de.arbeitsgruppe.portal.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteAlias;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import java.util.Arrays;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactQuery;
import de.arbeitsgruppe.portal.exchange.ExchangeAgreement;
import de.arbeitsgruppe.portal.exchange.ExchangeRefused;
import de.arbeitsgruppe.portal.exchange.ExchangeRegister;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.shared.Limits;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.EditTarget;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Enters a new agreement or changes one. The office works on every agreement; staff of an authority
 * on those of their own organisation (another one's edit address shows the forbidden page, an
 * unknown id or another group's the not-found page).
 */
@Route("datenaustausch/:id/bearbeiten")
@RouteAlias(ExchangeTexts.NEW_ROUTE)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.MEMBER_NAME})
public class ExchangeEditView extends PortalView implements BeforeEnterObserver {

    final Paragraph intro = new Paragraph();
    final Button save = new Button();
    final Button cancel = new Button();
    ExchangeForm form;

    private final ExchangeRegister register;
    private final ContactDirectory directory;
    private ExchangeAgreement agreement;

    ExchangeEditView(ExchangeRegister register, ContactDirectory directory) {
        this.register = register;
        this.directory = directory;
        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.setText(getTranslation("form.cancel"));
        cancel.addClickListener(click -> leave(agreement));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var target = EditTarget.resolve(event, register.mayCreate(), ExchangeAgreement::new, register::find, register::mayEdit);
        if (target.isEmpty()) {
            return;
        }
        agreement = target.get();
        if (agreement.getId() != null) {
            heading.setText(getTranslation("exchange.form.edit.title", agreement.getTitle()));
        }
        intro.setText(getTranslation("exchange.form.intro"));
        var authorities = register.authorities();
        form = new ExchangeForm(authorities, contactChoices(authorities, agreement.getContactIds()));
        if (agreement.getId() == null) {
            prefill(event.getLocation().getQueryParameters(), authorities);
        }
        form.read(agreement);
        removeAll();
        add(heading, intro, form, new HorizontalLayout(save, cancel));
    }

    /** A gap's link names the interface and the two authorities: the new agreement starts with them. */
    private void prefill(QueryParameters parameters, List<OrganisationSummary> authorities) {
        parameters.getSingleParameter(ExchangeTexts.INTERFACE_PARAMETER)
                .flatMap(name -> Arrays.stream(ContactInterface.values()).filter(i -> i.name().equals(name)).findFirst())
                .ifPresent(agreement::setContactInterface);
        Set<String> known = authorities.stream().map(OrganisationSummary::id).collect(Collectors.toSet());
        parameters.getSingleParameter(ExchangeTexts.FIRST_PARAMETER).filter(known::contains).ifPresent(agreement::setOrganisationAId);
        parameters.getSingleParameter(ExchangeTexts.SECOND_PARAMETER).filter(known::contains).ifPresent(agreement::setOrganisationBId);
    }

    /**
     * The directory's entries of the authorities, per authority in directory order: the people who answer
     * for an exchange. Asked per authority, so that the partners' entries of a large directory do not push
     * them off the page; the agreement's own contacts always among them, as the form keeps only what it
     * offers and would drop them from the agreement unseen.
     */
    private List<Contact> contactChoices(List<OrganisationSummary> authorities, List<String> chosenIds) {
        var choices = new LinkedHashMap<String, Contact>();
        for (var authority : authorities) {
            directory.search(new ContactQuery(null, null, null, authority.id()), 0, Limits.MAX_PAGE_SIZE)
                    .forEach(contact -> choices.put(contact.getId(), contact));
        }
        chosenIds.stream().filter(id -> !choices.containsKey(id)).map(directory::find).flatMap(Optional::stream)
                .forEach(contact -> choices.put(contact.getId(), contact));
        return List.copyOf(choices.values());
    }

    void save() {
        if (!form.writeIfValid(agreement)) {
            Notices.error(getTranslation("form.invalid"));
            return;
        }
        try {
            // the form keeps what the user typed: after a conflict it can be copied into the current version
            SaveFailures.attemptOrReload(this, "exchange.conflict", () -> { },
                            () -> agreement.getId() == null ? register.create(agreement) : register.update(agreement))
                    .ifPresent(saved -> {
                        Notices.success(getTranslation("exchange.form.saved"));
                        leave(saved);
                    });
        } catch (ExchangeRefused refused) {
            var message = getTranslation(refused.messageKey());
            Notices.error(form.refuse(refused.field(), message) ? getTranslation("form.invalid") : message);
        }
    }

    private void leave(ExchangeAgreement target) {
        var route = target != null && target.getId() != null ? ExchangeTexts.detailRoute(target) : ExchangeTexts.LIST_ROUTE;
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    @Override
    protected String titleKey() {
        return "exchange.form.create.title";
    }
}
