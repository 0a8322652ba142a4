package de.arbeitsgruppe.portal.load;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;

/**
 * The embedded database server (mongo-java-server on the H2 file the portal writes) in a process of
 * its own, on 127.0.0.1 without TLS, so the memory measurement sees the portal's heap without the
 * database's page cache, whose size changes with every read.
 * <p>
 * usage: {@code StandaloneDatabase <data directory> <port>}
 */
public final class StandaloneDatabase {

    private StandaloneDatabase() {
    }

    public static void main(String[] args) throws InterruptedException {
        var file = Path.of(args[0]).toAbsolutePath().resolve("portal.mv").toString();
        var server = new MongoServer(new H2Backend(file));
        server.bind("127.0.0.1", Integer.parseInt(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        System.out.println("Database on 127.0.0.1:" + args[1] + " with " + file);
        Thread.currentThread().join();
    }
}
