package de.arbeitsgruppe.portal.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import de.arbeitsgruppe.portal.shared.mongo.DatabaseAway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

class OParlAnswersTest {

    private final PortalTranslations translations = new PortalTranslations();
    private final OParlAnswers answers = new OParlAnswers(translations);

    @Test
    void answersAnUnreachableDatabaseWith503AndRetryAfterSoThatClientsComeBack() {
        var answer = answers.failed(new IllegalStateException("page",
                new DataAccessResourceFailureException("Timed out after 30000 ms")));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("60");
        assertThat(answer.getHeaders().getFirst("Access-Control-Allow-Origin")).isEqualTo("*");
        var error = OParlJson.MAPPER.readTree(answer.getBody());
        assertThat(error.get("type").asString()).isEqualTo(OParlAnswers.ERROR_TYPE);
        assertThat(error.get("message").asString())
                .isEqualTo(translations.getTranslation(DatabaseAway.MESSAGE, PortalTranslations.GERMAN));
    }

    @Test
    void answersAnyOtherFailureWith500AndNoDetailButItsKind() {
        var answer = answers.failed(new IllegalStateException("secret detail"));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getHeaders().containsHeader("Retry-After")).isFalse();
        assertThat(new String(answer.getBody(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("IllegalStateException").doesNotContain("secret detail");
    }
}
