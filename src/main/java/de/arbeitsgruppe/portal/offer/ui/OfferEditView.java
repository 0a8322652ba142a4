package de.arbeitsgruppe.portal.offer.ui;

import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import de.arbeitsgruppe.portal.offer.Districts;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import de.arbeitsgruppe.portal.offer.OfferRefused;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.shared.ui.EditTarget;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/**
 * Submits a new offer or a change of one for review. A provider works on its own organisation's
 * offers; the office on every offer and chooses the provider. Another provider's offer, also by a
 * typed address, shows the not-found page; an archived one the forbidden page.
 */
@Route("angebote/:id/bearbeiten")
@RouteAlias("angebote/neu")
@PermitAll
public class OfferEditView extends PortalView implements BeforeEnterObserver {

    final Paragraph intro = new Paragraph();
    final Button save = new Button();
    final Button cancel = new Button();
    OfferForm form;

    private final OfferManagement offers;
    private final Districts districts;
    private final OrganisationManagement organisations;
    private Offer offer;

    OfferEditView(OfferManagement offers, Districts districts, OrganisationManagement organisations) {
        this.offers = offers;
        this.districts = districts;
        this.organisations = organisations;
        save.setText(getTranslation("offer.form.submit"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.setText(getTranslation("form.cancel"));
        cancel.addClickListener(click -> leave(offer));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var target = EditTarget.resolve(event, true, Offer::new, offers::find, offers::mayEdit);
        if (target.isEmpty()) {
            return;
        }
        offer = target.get();
        if (offer.getId() != null) {
            heading.setText(getTranslation("offer.form.edit.title", offer.getDetails().getTitle()));
        }
        intro.setText(getTranslation(offer.getId() == null ? "offer.form.intro.new"
                : offer.isListed() ? "offer.form.intro.listed" : "offer.form.intro.change"));
        form = new OfferForm(districts.current().getDistricts(), providers());
        form.read(offer);
        removeAll();
        add(heading, intro, form, new HorizontalLayout(save, cancel));
    }

    /** The office names the provider; a provider's offers are its own organisation's. */
    private List<OrganisationSummary> providers() {
        if (!offers.mayChooseProvider()) {
            return List.of();
        }
        return organisations.summaries().stream()
                .sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    void save() {
        if (!form.writeIfValid(offer)) {
            Notices.error(getTranslation("form.invalid"));
            return;
        }
        try {
            // the form keeps what the user typed: after a conflict it can be copied into the current version
            SaveFailures.attemptOrReload(this, "offer.conflict", () -> { },
                            () -> offer.getId() == null ? offers.submit(offer) : offers.resubmit(offer))
                    .ifPresent(saved -> {
                        Notices.success(getTranslation("offer.form.submitted"));
                        leave(saved);
                    });
        } catch (OfferRefused refused) {
            var message = getTranslation(refused.messageKey());
            Notices.error(form.refuse(refused.field(), message) ? getTranslation("form.invalid") : message);
        }
    }

    private void leave(Offer target) {
        var route = target != null && target.getId() != null ? OfferTexts.detailRoute(target) : OfferTexts.LIST_ROUTE;
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    @Override
    protected String titleKey() {
        return "offer.form.create.title";
    }
}
