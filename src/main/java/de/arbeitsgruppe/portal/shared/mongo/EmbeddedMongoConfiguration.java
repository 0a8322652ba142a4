package de.arbeitsgruppe.portal.shared.mongo;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import com.mongodb.ConnectionString;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Zero-install default: when no MongoDB is configured, an embedded MongoDB-compatible server keeps
 * the data in one file under the data directory (or in memory for tests). It speaks the wire
 * protocol, so the application code is the same as against a real replica set.
 * <p>
 * It listens on 127.0.0.1 on a random port and knows no passwords (mongo-java-server implements no
 * authentication command, and binds only a TCP socket), so it speaks only mutual TLS with keys made
 * in memory at start ({@link EmbeddedTls}): another process on the machine reaches the port but
 * cannot open a connection. The {@code prod} profile still wants a real MongoDB, with its backups,
 * replication and monitoring, unless {@code portal.allow-embedded-database-in-prod=true}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMongoConfiguredCondition.class)
class EmbeddedMongoConfiguration {

    /** Begins to open the database file before the other beans are made ({@link EmbeddedDatabaseOpening}). */
    @Bean
    static EmbeddedDatabaseOpening embeddedDatabaseOpening(Environment environment) {
        return new EmbeddedDatabaseOpening(environment);
    }

    @Bean(destroyMethod = "shutdown")
    EmbeddedMongoServer embeddedMongoServer(PortalProperties properties, Environment environment,
            EmbeddedDatabaseOpening opening) {
        if (EmbeddedDatabaseOpening.refused(environment, properties)) {
            throw new IllegalStateException("The prod profile needs a real MongoDB (SPRING_MONGODB_URI): the "
                    + "embedded database keeps its data in one unencrypted file and has no replication or backups of its own. "
                    + "Set portal.allow-embedded-database-in-prod=true to start on it anyway.");
        }
        return opening.server();
    }

    /** The portal's side of the mutual TLS; last, so no other setting of the connection undoes it. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    MongoClientSettingsBuilderCustomizer embeddedDatabaseTls(EmbeddedMongoServer embeddedMongoServer) {
        // the certificate is pinned exactly, so the host name in it does not matter
        var tls = embeddedMongoServer.tls();
        return settings -> settings.applyToSslSettings(ssl -> ssl.enabled(true).invalidHostNameAllowed(true).context(tls.client()));
    }

    /**
     * Replaces Spring Boot's MongoDB health check, whose {@code hello} command the embedded server
     * does not know; {@code ping} tells the same: the database answers.
     */
    @Bean
    HealthIndicator mongoHealthIndicator(ObjectProvider<MongoTemplate> mongo) {
        return () -> {
            try {
                mongo.getObject().executeCommand("{ ping: 1 }");
                return Health.up().withDetail("server", "embedded").build();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        };
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongoServer embeddedMongoServer) {
        // the remembered address: the same while the server is paused
        var address = embeddedMongoServer.address();
        var uri = "mongodb://" + address.getHostString() + ":" + address.getPort() + "/portal?tls=true&tlsAllowInvalidHostnames=true";
        return () -> new ConnectionString(uri);
    }
}
