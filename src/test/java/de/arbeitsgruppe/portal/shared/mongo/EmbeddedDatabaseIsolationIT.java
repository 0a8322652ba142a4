package de.arbeitsgruppe.portal.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClients;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Another process on the machine finds the embedded database's port, but cannot read the accounts:
 * neither without TLS nor with TLS but without the portal's certificate. The portal itself reads them.
 */
@SpringBootTest
@ActiveProfiles("test")
class EmbeddedDatabaseIsolationIT {

    @Autowired
    EmbeddedMongoServer server;
    @Autowired
    MongoTemplate mongo;

    @Test
    void theEmbeddedDatabaseAnswersThePortalButNoOtherClient() throws Exception {
        assertThat(mongo.getCollection("accounts").countDocuments()).isPositive();
        var port = server.address().getPort();

        assertThatThrownBy(() -> countAccounts(settings("mongodb://127.0.0.1:" + port + "/portal")))
                .isInstanceOf(MongoException.class);

        var trustingEverything = SSLContext.getInstance("TLS");
        trustingEverything.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
        var withTlsButNoCertificate = MongoClientSettings.builder(settings("mongodb://127.0.0.1:" + port + "/portal"))
                .applyToSslSettings(ssl -> ssl.enabled(true).invalidHostNameAllowed(true).context(trustingEverything))
                .build();
        assertThatThrownBy(() -> countAccounts(withTlsButNoCertificate)).isInstanceOf(MongoException.class);
    }

    private static MongoClientSettings settings(String uri) {
        return MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(2, TimeUnit.SECONDS).readTimeout(2, TimeUnit.SECONDS))
                .build();
    }

    private static long countAccounts(MongoClientSettings settings) {
        try (var client = MongoClients.create(settings)) {
            return client.getDatabase("portal").getCollection("accounts", Document.class).countDocuments();
        }
    }

    /** A client that would accept any server: only the missing client certificate can stop it. */
    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
