package de.arbeitsgruppe.portal.shared.mongo;

import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Opens the embedded database in a thread of its own while the rest of the portal starts. Opening the
 * file reads every document once (mongo-java-server rebuilds its indexes in memory), and the keys of
 * its TLS are made with Bouncy Castle, whose signed jars the JVM verifies as it loads them: on a large
 * installation (the load test's 46 MB file) the two took about 3 s of a start that otherwise runs on
 * one core. A bean factory post-processor is made before any other bean, so the opening begins as
 * early as the settings are known.
 */
final class EmbeddedDatabaseOpening implements BeanFactoryPostProcessor, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseOpening.class);

    private final Environment environment;
    private CompletableFuture<EmbeddedMongoServer> opening;
    private boolean handedOver;

    EmbeddedDatabaseOpening(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        var properties = Binder.get(environment).bindOrCreate("portal", PortalProperties.class);
        if (refused(environment, properties)) {
            // the server's bean says why; the file is not touched
            return;
        }
        var file = file(properties);
        opening = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("embedded-database-opening").start(() -> {
            EmbeddedMongoServer server = null;
            try {
                server = new EmbeddedMongoServer(file, new EmbeddedTls());
                server.start();
                opening.complete(server);
            } catch (Throwable failure) {
                try {
                    if (server != null) {
                        // H2 keeps the file locked while its store is open
                        server.shutdown();
                    }
                } catch (Throwable alsoFailed) {
                    failure.addSuppressed(alsoFailed);
                } finally {
                    // never leave the start waiting
                    opening.completeExceptionally(failure);
                }
            }
        });
    }

    /** Whether the {@code prod} profile must not run on the embedded database. */
    static boolean refused(Environment environment, PortalProperties properties) {
        return environment.matchesProfiles("prod") && !properties.allowEmbeddedDatabaseInProd();
    }

    /** The server, started; waits for the opening when it is still under way. */
    synchronized EmbeddedMongoServer server() {
        if (opening == null) {
            throw new IllegalStateException("the embedded database was not opened");
        }
        try {
            var server = opening.get();
            handedOver = true;
            return server;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("cannot open the embedded database", e.getCause());
        } catch (InterruptedException e) {
            // stopped while waiting (Ctrl+C during the start): destroy() closes the server once it is open
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while the embedded database was opening", e);
        }
    }

    /** A start given up before the server's bean was made still lets go of the file (H2 locks it). */
    @Override
    public synchronized void destroy() {
        if (opening != null && !handedOver) {
            opening.thenAccept(EmbeddedMongoServer::shutdown);
        }
    }

    private static String file(PortalProperties properties) {
        if (properties.embeddedDatabaseInMemory()) {
            return null;
        }
        try {
            Path directory = properties.dataDirectory().toAbsolutePath().normalize();
            Files.createDirectories(directory);
            var file = directory.resolve("portal.mv").toString();
            log.info("No MongoDB configured: using the embedded database in {}", file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
