package io.rosipsec.api.server;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The self-signed RSA certificate the {@code api-ssl} service presents (routeros-api.md §1.1: a captured router
 * negotiated TLS 1.2 with a self-signed RSA certificate). Built in memory with Bouncy Castle's X.509 builder and
 * the JDK's key generator and signature; nothing is written to disk and no external tool is run.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/2555969/Certificates">RouterOS Certificates</a>
 */
public final class SelfSignedCertificates {
    /** The key and certificate of one generated identity. */
    public record Identity(KeyPair keys, X509Certificate certificate) {}

    private SelfSignedCertificates() {}

    /**
     * A 2048-bit RSA key and a SHA256withRSA certificate for {@code CN=<commonName>}, valid from one day ago for
     * ten years.
     *
     * @throws IllegalStateException if the JDK lacks RSA or SHA256withRSA (every Java platform has both)
     */
    public static Identity generate(String commonName) {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            SecureRandom random = new SecureRandom();
            gen.initialize(2048, random);
            KeyPair keys = gen.generateKeyPair();
            X500Name name = new X500Name("CN=" + commonName.replaceAll("[,+=\"\\\\<>;]", "_"));
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(64, random).add(BigInteger.ONE), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), name, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, false, new BasicConstraints(false));
            X509CertificateHolder holder =
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
            return new Identity(keys, new JcaX509CertificateConverter().getCertificate(holder));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot create the api-ssl certificate", e);
        }
    }
}
