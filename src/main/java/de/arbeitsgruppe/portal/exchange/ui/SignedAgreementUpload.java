package de.arbeitsgruppe.portal.exchange.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import de.arbeitsgruppe.portal.exchange.SignedAgreements;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The upload of the signed PDF (Vaadin's Upload with an {@link UploadHandler}). The browser already
 * refuses other types and files over the limit; the server reads at most one byte more than the
 * limit, so a crafted request can hold no more in memory, and the service checks the bytes again.
 * A refusal is said next to the upload, where a screen reader announces it.
 */
class SignedAgreementUpload extends Div {

    final Upload upload = new Upload();
    final Span message = new Span();
    final UploadHandler handler;

    /** @param received gets the file's name and bytes in the UI's thread */
    SignedAgreementUpload(BiConsumer<String, byte[]> received) {
        var megabytes = SignedAgreements.MAX_BYTES / (1024 * 1024);
        handler = handler(received);
        upload.setUploadHandler(handler);
        // the file as the request's body: no multipart parsing, whose servlet limit (Spring Boot: 1 MB) would
        // refuse a scanned agreement before our handler could say why; the handler's own bound is the limit
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SignedAgreements.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setI18n(i18n(megabytes));
        upload.addFileRejectedListener(rejected -> refuse(getTranslation(
                rejected.getErrorMessage() != null && rejected.getErrorMessage().equals(upload.getI18n().getError().getFileIsTooBig())
                        ? "exchange.validation.pdfTooLarge" : "exchange.validation.notPdf")));
        message.addClassName("portal-gap");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        add(new Paragraph(getTranslation("exchange.upload.help", megabytes)), upload, message);
    }

    private static UploadHandler handler(BiConsumer<String, byte[]> received) {
        return event -> {
            var content = event.getInputStream().readNBytes(SignedAgreements.MAX_BYTES + 1);
            var name = event.getFileName();
            // the request's thread waits for the page's lock, so the page shows the outcome when the upload ends
            event.getUI().accessSynchronously(() -> received.accept(name, content));
        };
    }

    void refuse(String text) {
        message.setText(text);
        message.setVisible(true);
        upload.clearFileList();
    }

    void clear() {
        message.setVisible(false);
        upload.clearFileList();
    }

    private UploadI18N i18n(int megabytes) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("exchange.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("exchange.upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("exchange.upload.tooMany"))
                .setFileIsTooBig(getTranslation("exchange.validation.pdfTooLarge"))
                .setIncorrectFileType(getTranslation("exchange.validation.notPdf")));
        i18n.setFile(new UploadI18N.File().setRemove(getTranslation("exchange.upload.remove"))
                .setRetry(getTranslation("exchange.upload.retry")).setStart(getTranslation("exchange.upload.start")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("exchange.upload.connecting"))
                        .setProcessing(getTranslation("exchange.upload.processing"))
                        .setStalled(getTranslation("exchange.upload.stalled")).setHeld(getTranslation("exchange.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("exchange.upload.remaining")).setUnknown(getTranslation("exchange.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("exchange.upload.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("exchange.upload.serverError"))
                        .setForbidden(getTranslation("exchange.upload.forbidden"))
                        .setFileTooLarge(getTranslation("exchange.validation.pdfTooLarge"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }
}
