package de.arbeitsgruppe.portal.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class EmbeddedMongoConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PortalProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, EmbeddedMongoConfiguration.class);

    @Test
    void refusesToStartTheProdProfileOnTheEmbeddedDatabaseUnlessAllowed() {
        runner.withPropertyValues("spring.profiles.active=prod", "portal.embedded-database-in-memory=true")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("portal.allow-embedded-database-in-prod=true"));
        runner.withPropertyValues("spring.profiles.active=prod", "portal.embedded-database-in-memory=true",
                "portal.allow-embedded-database-in-prod=true")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(MongoServer.class));
    }

    @Test
    void keepsDataInAFileUnderTheDataDirectoryAcrossRestarts(@TempDir Path dataDirectory) {
        var settings = "portal.data-directory=" + dataDirectory;
        runner.withPropertyValues(settings).run(context -> {
            try (var client = client(context)) {
                client.getDatabase("portal").getCollection("notes").insertOne(new Document("text", "bleibt"));
            }
        });
        assertThat(Files.exists(dataDirectory.resolve("portal.mv"))).isTrue();

        runner.withPropertyValues(settings).run(context -> {
            try (var client = client(context)) {
                var note = client.getDatabase("portal").getCollection("notes").find().first();
                assertThat(note).isNotNull();
                assertThat(note.getString("text")).isEqualTo("bleibt");
            }
        });
    }

    @Test
    void staysOffWhenAMongoUriIsConfigured() {
        runner.withPropertyValues("spring.mongodb.uri=mongodb://db.example:27017/portal")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(MongoServer.class);
                    assertThat(context).doesNotHaveBean(MongoConnectionDetails.class);
                });
    }

    @Test
    void staysOffWhenAMongoHostIsConfigured() {
        runner.withPropertyValues("spring.mongodb.host=db.example")
                .run(context -> assertThat(context).doesNotHaveBean(MongoServer.class));
    }

    @Test
    void runsWhenTheUriIsBlank(@TempDir Path dataDirectory) {
        runner.withPropertyValues("spring.mongodb.uri=", "portal.data-directory=" + dataDirectory)
                .run(context -> assertThat(context).hasSingleBean(MongoServer.class));
    }

    /** A client as the portal makes it: the embedded server speaks only mutual TLS with the portal's keys. */
    private static com.mongodb.client.MongoClient client(org.springframework.context.ApplicationContext context) {
        var settings = com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(context.getBean(MongoConnectionDetails.class).getConnectionString());
        context.getBeansOfType(org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer.class)
                .values().forEach(customizer -> customizer.customize(settings));
        return MongoClients.create(settings.build());
    }
}
