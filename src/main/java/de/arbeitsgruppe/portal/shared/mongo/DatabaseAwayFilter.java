package de.arbeitsgruppe.portal.shared.mongo;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The last line for requests that fail on an unreachable database outside a Vaadin page — a
 * security filter reading the account, a calendar feed, a download, the start of a page before
 * Vaadin's error views can take over: HTTP 503 and a short page with the same message in German
 * (and English below it), never the generic error page. Vaadin's pages have their own
 * {@code DatabaseAwayView}; this filter sits outside Spring Security, whose headers are already set.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseAwayFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAwayFilter.class);

    private final I18NProvider translations;

    DatabaseAwayFilter(I18NProvider translations) {
        this.translations = translations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseAway.explains(e) || response.isCommitted()) {
                throw e;
            }
            // the personal feed's address is a secret: it stays out of the log
            log.warn("Database unreachable while answering {}: {}",
                    request.getRequestURI().replaceFirst("(/ical/abo/)[^/]*", "$1…"), e.toString());
            answer(response);
        }
    }

    private void answer(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "60");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        var page = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"UTF-8\"><title>" + text(Locale.GERMAN, DatabaseAway.TITLE)
                + "</title></head><body><main><h1>" + text(Locale.GERMAN, DatabaseAway.TITLE) + "</h1><p>"
                + text(Locale.GERMAN, DatabaseAway.MESSAGE) + "</p><p lang=\"en\">" + text(Locale.ENGLISH, DatabaseAway.MESSAGE)
                + "</p></main></body></html>";
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    private String text(Locale locale, String key) {
        return HtmlUtils.htmlEscape(translations.getTranslation(key, locale), StandardCharsets.UTF_8.name());
    }
}
