package de.arbeitsgruppe.portal.shared.mongo;

import com.mongodb.ConnectionString;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * It listens on 127.0.0.1 on a random port and knows no authentication, so another process on the
 * same machine could read and change everything. mongo-java-server (1.47) offers no way to close
 * that: it binds only a TCP socket (a fixed {@code NioServerSocketChannel}, no Unix domain socket,
 * no in-JVM channel the driver could reach, whose Netty transport connects to IP addresses only)
 * and implements no authentication command. Hence the {@code prod} profile refuses to start on it
 * unless {@code portal.allow-embedded-database-in-prod=true} says someone accepted that, e.g. on a
 * machine with no other users.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMongoConfiguredCondition.class)
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    EmbeddedMongoServer embeddedMongoServer(PortalProperties properties, Environment environment) throws IOException {
        if (environment.matchesProfiles("prod") && !properties.allowEmbeddedDatabaseInProd()) {
            throw new IllegalStateException("The prod profile needs a real MongoDB (SPRING_MONGODB_URI): the "
                    + "embedded database has no authentication, any local process could read and change it. "
                    + "Set portal.allow-embedded-database-in-prod=true to start on it anyway.");
        }
        String file = null;
        if (!properties.embeddedDatabaseInMemory()) {
            Path directory = properties.dataDirectory().toAbsolutePath().normalize();
            Files.createDirectories(directory);
            file = directory.resolve("portal.mv").toString();
            log.info("No MongoDB configured: using the embedded database in {}", file);
        }
        var server = new EmbeddedMongoServer(file);
        server.start();
        return server;
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
        var uri = "mongodb://" + address.getHostString() + ":" + address.getPort() + "/portal";
        return () -> new ConnectionString(uri);
    }
}
