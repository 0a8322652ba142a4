package de.arbeitsgruppe.portal.shared.mongo;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Mutual TLS between the portal and its embedded database, with keys made in memory at each start:
 * the server accepts only a client that shows the portal's certificate, and the portal trusts only
 * the server's. The embedded server knows no passwords, so this is what keeps every other process
 * on the machine (which could reach its loopback port) from reading or changing the data. Nothing is
 * written to disk; a restart makes new keys.
 */
final class EmbeddedTls {

    private static final char[] NO_PASSWORD = new char[0];

    private final KeyPair serverKeys;
    private final X509Certificate serverCertificate;
    private final KeyPair clientKeys;
    private final X509Certificate clientCertificate;

    EmbeddedTls() {
        try {
            serverKeys = keyPair();
            serverCertificate = selfSigned(serverKeys, "CN=koordinierungsportal-embedded-database");
            clientKeys = keyPair();
            clientCertificate = selfSigned(clientKeys, "CN=koordinierungsportal");
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make the embedded database's certificates", e);
        }
    }

    /** The server side: its own certificate, and a client must show the portal's. */
    SslContext server() {
        try {
            return SslContextBuilder.forServer(serverKeys.getPrivate(), serverCertificate)
                    .trustManager(clientCertificate)
                    .clientAuth(ClientAuth.REQUIRE)
                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot set up TLS for the embedded database", e);
        }
    }

    /** The portal's side: shows its certificate, trusts only the server's. */
    SSLContext client() {
        try {
            var keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("portal", clientKeys.getPrivate(), NO_PASSWORD, new X509Certificate[] {clientCertificate});
            var keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, NO_PASSWORD);
            var trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("embedded-database", serverCertificate);
            var trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trusted);
            var context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), new SecureRandom());
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot set up TLS to the embedded database", e);
        }
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate selfSigned(KeyPair keys, String name)
            throws GeneralSecurityException, OperatorCreationException {
        var now = Instant.now();
        var subject = new X500Name(name);
        var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(3650))), subject,
                keys.getPublic());
        var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }
}
