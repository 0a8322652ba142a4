package de.arbeitsgruppe.portal.offer.ui;

import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.offer.Districts;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import de.arbeitsgruppe.portal.offer.OfferRefused;
import de.arbeitsgruppe.portal.offer.OfferStatus;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.shared.ui.HistorySlot;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.RecordHistory;
import jakarta.annotation.security.PermitAll;
import java.util.function.Supplier;

/**
 * One offer with everything its provider wrote, its state and, when the office returned it, the
 * reason, prominently: the provider has to read it. The provider side and the office change it; the
 * office publishes or returns what waits for review. Another provider's offer and an unknown id both
 * show the not-found page, so a guessed id reveals nothing.
 */
@Route("angebote/:id")
@PermitAll
public class OfferDetailView extends PortalView implements BeforeEnterObserver {

    final Div status = new Div();
    final Paragraph returned = new Paragraph();
    final Paragraph catalogueNote = new Paragraph();
    final Anchor edit = new Anchor();
    final Button freePlaces = new Button();
    final Button confirmCurrent = new Button();
    final Button archive = new Button();
    final Button publish = new Button();
    final Button giveBack = new Button();
    final HorizontalLayout actions = new HorizontalLayout();
    final OfferFacts facts = new OfferFacts();
    final HistorySlot history;
    FreePlacesDialog freePlacesDialog;
    ReturnDialog returnDialog;
    Confirmation archiveConfirmation;

    private final OfferManagement offers;
    private final Districts districts;
    private Offer offer;

    OfferDetailView(OfferManagement offers, Districts districts, RecordHistory recordHistory) {
        this.offers = offers;
        this.districts = districts;
        this.history = new HistorySlot(recordHistory);
        returned.addClassName("portal-offer-returned");
        returned.getElement().setAttribute("role", "note");
        edit.setText(getTranslation("offer.detail.edit"));
        freePlaces.setText(getTranslation("offer.freePlaces.change"));
        freePlaces.addClickListener(click -> freePlacesDialog = FreePlacesDialog.open(this, offers, offer, this::reload));
        confirmCurrent.setText(getTranslation("offer.detail.confirm"));
        confirmCurrent.addClickListener(click -> confirmCurrent());
        archive.setText(getTranslation("offer.detail.archive"));
        archive.addClickListener(click -> confirmArchive());
        publish.setText(getTranslation("offer.detail.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(click -> publish());
        giveBack.setText(getTranslation("offer.detail.return"));
        giveBack.addClickListener(click -> openReturnDialog());
        actions.setWrap(true);
        actions.add(publish, giveBack, edit, freePlaces, confirmCurrent, archive);
        add(status, returned, catalogueNote, actions, facts, history,
                new Anchor(OfferTexts.LIST_ROUTE, getTranslation("offer.detail.back")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        offers.find(event.getRouteParameters().get("id").orElse(null))
                .ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(Offer shown) {
        offer = shown;
        heading.setText(shown.getDetails().getTitle());
        status.removeAll();
        status.add(OfferTexts.statusBadge(this, shown.getStatus()));
        var isReturned = shown.getStatus() == OfferStatus.RETURNED && shown.getReturnReason() != null;
        returned.setVisible(isReturned);
        if (isReturned) {
            returned.setText(getTranslation("offer.detail.returned", Formats.dateTime(shown.getReviewedAt()),
                    shown.getReturnReason()));
        }
        // a change waits or was returned: the catalogue keeps the version the office published
        catalogueNote.setVisible(shown.isListed() && shown.getStatus() != OfferStatus.PUBLISHED);
        catalogueNote.setText(getTranslation("offer.detail.catalogueNote"));
        var mayEdit = offers.mayEdit(shown);
        var reviewable = offers.mayReview(shown) && shown.getStatus() == OfferStatus.IN_REVIEW;
        edit.setVisible(mayEdit);
        edit.setHref(OfferTexts.editRoute(shown));
        freePlaces.setVisible(mayEdit);
        // only what stands in the catalogue can be marked as possibly outdated, and be confirmed
        confirmCurrent.setVisible(mayEdit && shown.isListed());
        archive.setVisible(mayEdit);
        publish.setVisible(reviewable);
        giveBack.setVisible(reviewable);
        actions.setVisible(mayEdit || reviewable);
        facts.show(shown, districts.current());
        history.show(Offer.class, shown.getId());
    }

    /** Shows the stored offer anew; one the user may no longer see leads back to the list. */
    private void reload() {
        offers.find(offer.getId()).ifPresentOrElse(this::show,
                () -> getUI().ifPresent(ui -> ui.navigate(OfferTexts.LIST_ROUTE)));
    }

    void publish() {
        try {
            change(() -> offers.publish(offer.getId(), offer.getVersion()), "offer.detail.published");
        } catch (OfferRefused refused) {
            reload();
            Notices.error(getTranslation(refused.messageKey()));
        }
    }

    /** The data still holds: the catalogue drops its "possibly outdated" mark, without a new review. */
    void confirmCurrent() {
        change(() -> offers.confirm(offer.getId(), offer.getVersion()), "offer.detail.confirmed");
    }

    void openReturnDialog() {
        returnDialog = new ReturnDialog(offer.getDetails().getTitle(), reason -> {
            try {
                return change(() -> offers.returnToProvider(offer.getId(), offer.getVersion(), reason), "offer.detail.returnedNotice");
            } catch (OfferRefused refused) {
                returnDialog.refuse(getTranslation(refused.messageKey()));
                return false;
            }
        });
        returnDialog.open();
    }

    void confirmArchive() {
        archiveConfirmation = new Confirmation(getTranslation("offer.archive.title"),
                getTranslation("offer.archive.question", offer.getDetails().getTitle()),
                getTranslation("offer.archive.confirm"), getTranslation("form.cancel"),
                () -> change(() -> offers.archive(offer.getId(), offer.getVersion()), "offer.detail.archived")).dangerous();
        archiveConfirmation.open();
    }

    /** A step on the offer; after someone else's change the page shows the stored offer and says so. */
    private boolean change(Supplier<Offer> step, String doneKey) {
        var done = SaveFailures.attemptOrReload(this, "offer.conflict.detail", this::reload, step);
        done.ifPresent(saved -> {
            reload();
            Notices.success(getTranslation(doneKey));
        });
        return done.isPresent();
    }

    @Override
    protected String titleKey() {
        return "offer.detail.title";
    }
}
