package de.arbeitsgruppe.portal.shared.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;

/**
 * The embedded server, able to go away and come back on the same address with its data, as a real
 * MongoDB does when it restarts: tests use it to show what users see while the database is
 * unreachable and that the portal recovers without a restart.
 * {@link MongoServer#shutdown()} would also close the H2 store, so the store stays open until the
 * final shutdown; {@code shutdownNow} also drops the connections the driver keeps in its pool,
 * which merely closing the listening socket would leave working.
 */
public final class EmbeddedMongoServer extends MongoServer {

    private final KeptBackend backend;
    private final EmbeddedTls tls;
    private InetSocketAddress address;

    EmbeddedMongoServer(String file, EmbeddedTls tls) {
        this(new KeptBackend(file), tls);
    }

    private EmbeddedMongoServer(KeptBackend backend, EmbeddedTls tls) {
        super(backend);
        this.backend = backend;
        this.tls = tls;
        try {
            requireClientCertificate(tls);
        } catch (RuntimeException e) {
            // the store is open (and its file locked) from the backend's construction on
            backend.close();
            throw e;
        }
    }

    /** The keys of the mutual TLS this server speaks; the portal's client side comes from the same. */
    EmbeddedTls tls() {
        return tls;
    }

    void start() {
        bind("127.0.0.1", 0);
        address = getLocalAddress();
    }

    /**
     * {@link MongoServer#enableSsl} sets up server-side TLS only, which any client could use; the same
     * field gets a context that also requires the portal's client certificate. Should a later version
     * rename the field, the portal fails at start instead of running without it.
     */
    private void requireClientCertificate(EmbeddedTls tls) {
        try {
            var field = MongoServer.class.getDeclaredField("sslContext");
            field.setAccessible(true);
            field.set(this, tls.server());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("mongo-java-server has changed: cannot require TLS client certificates", e);
        }
    }

    InetSocketAddress address() {
        return address;
    }

    /** Closes the port and every open connection; the data stay. */
    public synchronized void pause() {
        backend.keepOpen = true;
        try {
            shutdownNow();
        } finally {
            backend.keepOpen = false;
        }
    }

    /** Listens again on the address it had before {@link #pause()}. */
    public synchronized void resume() {
        if (getLocalAddress() == null) {
            bind(address);
        }
    }

    private static final class KeptBackend extends H2Backend {

        private volatile boolean keepOpen;

        KeptBackend(String file) {
            super(file);
        }

        @Override
        public void close() {
            if (!keepOpen) {
                super.close();
            }
        }
    }
}
