package de.arbeitsgruppe.portal.oparl;

import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import de.arbeitsgruppe.portal.shared.mongo.DatabaseAway;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.JsonNode;

/**
 * Every answer of the interface: JSON in UTF-8 with {@code Access-Control-Allow-Origin: *} (the
 * specification's CORS rule), and every failure as an OParl error object with its status, never a
 * login page, an HTML error page or a stack trace.
 */
@RestControllerAdvice(assignableTypes = {OParlController.class, OParlFiles.class})
class OParlAnswers {

    static final String ERROR_TYPE = "https://schema.oparl.org/1.1/Error";
    private static final Logger log = LoggerFactory.getLogger(OParlAnswers.class);

    private final PortalTranslations translations;

    OParlAnswers(PortalTranslations translations) {
        this.translations = translations;
    }

    static ResponseEntity<byte[]> json(HttpStatus status, JsonNode body) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Access-Control-Allow-Origin", "*")
                .body(OParlJson.write(body).getBytes(StandardCharsets.UTF_8));
    }

    static ResponseEntity<byte[]> json(JsonNode body) {
        return json(HttpStatus.OK, body);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<byte[]> notFound(NotFound e) {
        return error(HttpStatus.NOT_FOUND, "oparl.error.notFound", e.getMessage());
    }

    @ExceptionHandler(OParlFilter.BadFilter.class)
    ResponseEntity<byte[]> badFilter(OParlFilter.BadFilter e) {
        return error(HttpStatus.BAD_REQUEST, "oparl.error.badRequest", e.getMessage());
    }

    @ExceptionHandler(Gone.class)
    ResponseEntity<byte[]> gone(Gone e) {
        return error(HttpStatus.GONE, "oparl.error.gone", e.getMessage());
    }

    /**
     * A database out of reach is no fault of the server's code: 503 with {@code Retry-After}, as the
     * portal answers it elsewhere, so that a client comes back instead of recording a broken server.
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<byte[]> failed(RuntimeException e) {
        if (DatabaseAway.explains(e)) {
            log.warn("OParl request failed, database unreachable: {}", e.toString());
            var answer = error(HttpStatus.SERVICE_UNAVAILABLE, DatabaseAway.MESSAGE, "database unreachable");
            return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, "60").body(answer.getBody());
        }
        log.warn("OParl request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "oparl.error.failed", e.getClass().getSimpleName());
    }

    private ResponseEntity<byte[]> error(HttpStatus status, String messageKey, String debug) {
        var body = OParlJson.MAPPER.createObjectNode();
        body.put("type", ERROR_TYPE);
        body.put("message", translations.getTranslation(messageKey, PortalTranslations.GERMAN));
        body.put("debug", debug);
        return json(status, body);
    }

    /** No object, list or file at this address. */
    static final class NotFound extends RuntimeException {

        NotFound(String path) {
            super("Nothing at " + OParlJson.PREFIX + path);
        }
    }

    /** A file that was published and is withdrawn now (the specification recommends 410 for it). */
    static final class Gone extends RuntimeException {

        Gone(String path) {
            super("Withdrawn: " + OParlJson.PREFIX + path);
        }
    }
}
