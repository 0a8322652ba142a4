package de.arbeitsgruppe.portal.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.UncategorizedMongoDbException;

class DatabaseAwayTest {

    @Test
    void recognisesAnUnreachableDatabaseHoweverDeeplyItIsWrapped() {
        var timeout = new MongoTimeoutException("Timed out while waiting for a server");
        var translated = new DataAccessResourceFailureException("away", timeout);
        var inAView = new BeanCreationException("view", translated);

        assertThat(DatabaseAway.explains(timeout)).isTrue();
        assertThat(DatabaseAway.explains(new ServletException(inAView))).isTrue();
        assertThat(DatabaseAway.explains(new UncategorizedMongoDbException("read",
                new MongoSocketReadException("closed", new ServerAddress())))).isTrue();
    }

    @Test
    void leavesOtherFailuresToTheirOwnHandling() {
        assertThat(DatabaseAway.explains(new DuplicateKeyException("taken"))).isFalse();
        assertThat(DatabaseAway.explains(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseAway.explains(null)).isFalse();
    }
}
