package de.arbeitsgruppe.portal.exchange;

import de.arbeitsgruppe.portal.exchange.internal.ExchangeAgreements;
import de.arbeitsgruppe.portal.exchange.internal.ExchangeFile;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The signed agreement as a PDF: attached by those who may change the agreement, handed out only to
 * those who may see it. Only real PDFs are kept (the bytes are opened with PDFBox, whatever the file
 * is called), up to {@link #MAX_BYTES}. The bytes are stored apart from the agreement, one document
 * per upload; the agreement records the upload (file name, size, who, when), so the history shows it.
 */
@Service
public class SignedAgreements {

    /** 10 MB: a scanned agreement of a few pages; more is a scan at a needlessly high resolution. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF_START = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int MAX_FILE_NAME = 120;

    private final ExchangeRegister register;
    private final ExchangeAgreements agreements;
    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignedAgreements(ExchangeRegister register, ExchangeAgreements agreements, MongoTemplate mongo,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.register = register;
        this.agreements = agreements;
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Attaches the signed PDF to the version of the agreement the user read; an earlier upload stays
     * stored, the agreement points to the new one.
     *
     * @throws ExchangeRefused ({@code signedDocument}) for a file too large, empty, not a PDF or locked by a password
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public ExchangeAgreement attach(String agreementId, Long versionRead, String fileName, byte[] content) {
        var user = currentUser.require();
        var stored = register.find(agreementId).filter(register::mayEdit)
                .orElseThrow(() -> new AccessDeniedException("unknown agreement or not the user's to change"));
        if (versionRead == null) {
            throw new ConflictException();
        }
        check(content);
        var now = clock.instant();
        var name = fileName(fileName);
        var file = new ExchangeFile(agreementId + "-v" + versionRead + "-" + UUID.randomUUID().toString().substring(0, 8),
                agreementId, stored.getWorkingGroupId(), name, content, now);
        mongo.insert(file);
        stored.setVersion(versionRead);
        stored.setSignedDocument(new SignedDocument(file.getId(), name, content.length, now, user.username()));
        stored.setUpdatedAt(now);
        stored.setUpdatedBy(user.username());
        try {
            var saved = VersionedSave.of(stored, () -> agreements.save(stored));
            events.publishEvent(new ExchangeAgreementChanged(saved.getId(), saved.getWorkingGroupId()));
            return saved;
        } catch (RuntimeException e) {
            // the agreement points elsewhere (a conflict, a failed write): the bytes would lie there unused
            mongo.remove(new Query(Criteria.where("_id").is(file.getId())), ExchangeFile.class);
            throw e;
        }
    }

    /** The signed PDF of an agreement the user may see; empty for an unknown one, another group's, or none attached. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public Optional<SignedFile> download(String agreementId) {
        return register.find(agreementId).map(ExchangeAgreement::getSignedDocument)
                .flatMap(signed -> Optional.ofNullable(mongo.findById(signed.getFileId(), ExchangeFile.class))
                        .filter(file -> file.getAgreementId().equals(agreementId))
                        .map(file -> new SignedFile(signed.getFileName(), file.getContent())));
    }

    private static void check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ExchangeRefused("signedDocument", "exchange.validation.pdfEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw new ExchangeRefused("signedDocument", "exchange.validation.pdfTooLarge");
        }
        // what the file claims to be (name, browser's type) proves nothing: its bytes must open as a PDF
        if (content.length < PDF_START.length || !Arrays.equals(content, 0, PDF_START.length, PDF_START, 0, PDF_START.length)) {
            throw new ExchangeRefused("signedDocument", "exchange.validation.notPdf");
        }
        try (var document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() == 0) {
                throw new ExchangeRefused("signedDocument", "exchange.validation.notPdf");
            }
        } catch (InvalidPasswordException e) {
            throw new ExchangeRefused("signedDocument", "exchange.validation.pdfLocked");
        } catch (IOException e) {
            throw new ExchangeRefused("signedDocument", "exchange.validation.notPdf");
        }
    }

    /** The name without any path a browser sent along, ending in ".pdf". */
    static String fileName(String sent) {
        var name = sent == null ? "" : sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "vereinbarung.pdf";
        }
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            name = name + ".pdf";
        }
        return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
    }
}
