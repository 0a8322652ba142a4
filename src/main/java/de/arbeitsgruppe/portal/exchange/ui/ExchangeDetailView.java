package de.arbeitsgruppe.portal.exchange.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.exchange.ExchangeAgreement;
import de.arbeitsgruppe.portal.exchange.ExchangeRefused;
import de.arbeitsgruppe.portal.exchange.ExchangeRegister;
import de.arbeitsgruppe.portal.exchange.SignedAgreements;
import de.arbeitsgruppe.portal.exchange.SignedFile;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.HistorySlot;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.RecordHistory;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * One agreement with everything agreed, its signed PDF to download, and for those who may change it
 * the upload of a new signed PDF. An unknown id and another working group's agreement both show the
 * not-found page, so a guessed id reveals nothing.
 */
@Route("datenaustausch/:id")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.MEMBER_NAME})
public class ExchangeDetailView extends PortalView implements BeforeEnterObserver {

    final Paragraph review = new Paragraph();
    final Anchor edit = new Anchor();
    final ExchangeFacts facts = new ExchangeFacts();
    final Paragraph signedState = new Paragraph();
    final Anchor download;
    final SignedAgreementUpload upload;
    final HistorySlot history;

    private final ExchangeRegister register;
    private final SignedAgreements signed;
    private final ContactDirectory directory;
    private ExchangeAgreement agreement;

    ExchangeDetailView(ExchangeRegister register, SignedAgreements signed, ContactDirectory directory,
            RecordHistory recordHistory) {
        this.register = register;
        this.signed = signed;
        this.directory = directory;
        this.history = new HistorySlot(recordHistory);
        edit.setText(getTranslation("exchange.detail.edit"));
        download = new Anchor(guardedDownload(), AttachmentType.DOWNLOAD, getTranslation("exchange.detail.download"));
        download.addClassName("portal-download");
        upload = new SignedAgreementUpload(this::attach);
        var signedSection = new Section(new H2(getTranslation("exchange.detail.signed")), signedState, download, upload);
        add(review, new HorizontalLayout(edit), facts, signedSection, history,
                new Anchor(ExchangeTexts.LIST_ROUTE, getTranslation("exchange.detail.back")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        register.find(event.getRouteParameters().get("id").orElse(null))
                .ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(ExchangeAgreement shown) {
        agreement = shown;
        heading.setText(shown.getTitle());
        review.removeAll();
        review.add(ExchangeTexts.review(this, shown, register.today()));
        review.addComponentAsFirst(new com.vaadin.flow.component.html.Span(getTranslation("exchange.detail.review")));
        var mayEdit = register.mayEdit(shown);
        edit.setVisible(mayEdit);
        edit.setHref(ExchangeTexts.editRoute(shown));
        facts.show(shown, shown.getContactIds().stream().map(directory::find).flatMap(Optional::stream).toList());
        var document = shown.getSignedDocument();
        signedState.setText(document == null ? getTranslation("exchange.detail.noSigned")
                : getTranslation("exchange.detail.signedBy", document.getFileName(), Math.max(1, document.getSize() / 1024),
                        Formats.dateTime(document.getUploadedAt())));
        download.setVisible(document != null);
        upload.setVisible(mayEdit);
        history.show(ExchangeAgreement.class, shown.getId());
    }

    /**
     * The file is looked up when it is fetched, through the service that checks the user then: a link
     * kept from an earlier visit or passed on gets nothing once its holder may no longer see the agreement.
     */
    private DownloadHandler guardedDownload() {
        return DownloadHandler.fromInputStream(event -> signedFile());
    }

    DownloadResponse signedFile() {
        Optional<SignedFile> file = agreement == null ? Optional.empty() : signed.download(agreement.getId());
        return file.map(found -> new DownloadResponse(new ByteArrayInputStream(found.content()), found.fileName(),
                SignedFile.CONTENT_TYPE, found.content().length)).orElseGet(() -> DownloadResponse.error(404));
    }

    void attach(String fileName, byte[] content) {
        try {
            SaveFailures.attemptOrReload(this, "exchange.conflict.detail", this::reload,
                            () -> signed.attach(agreement.getId(), agreement.getVersion(), fileName, content))
                    .ifPresent(saved -> {
                        upload.clear();
                        show(saved);
                        Notices.success(getTranslation("exchange.detail.uploaded"));
                    });
        } catch (ExchangeRefused refused) {
            upload.refuse(getTranslation(refused.messageKey()));
            Notices.error(getTranslation(refused.messageKey()));
        }
    }

    private void reload() {
        register.find(agreement.getId()).ifPresentOrElse(this::show,
                () -> getUI().ifPresent(ui -> ui.navigate(ExchangeTexts.LIST_ROUTE)));
    }

    @Override
    protected String titleKey() {
        return "exchange.detail.title";
    }
}
