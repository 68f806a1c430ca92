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

    /**
     * The router's TLS identity: read from {@code file} (PEM: PKCS#8 key, then the certificate) when it exists,
     * otherwise generated and written there, so api-ssl and www-ssl present the same certificate across restarts
     * ("a certificate generated on first start"). A null file generates a fresh identity.
     */
    public static synchronized Identity loadOrGenerate(java.nio.file.Path file, String commonName) {
        if (file == null) {
            return generate(commonName);
        }
        try {
            if (java.nio.file.Files.isRegularFile(file)) {
                String pem = java.nio.file.Files.readString(file);
                byte[] key = pemBlock(pem, "PRIVATE KEY");
                byte[] cert = pemBlock(pem, "CERTIFICATE");
                if (key != null && cert != null) {
                    java.security.PrivateKey priv = java.security.KeyFactory.getInstance("RSA")
                            .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(key));
                    X509Certificate c = (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                            .generateCertificate(new java.io.ByteArrayInputStream(cert));
                    return new Identity(new KeyPair(c.getPublicKey(), priv), c);
                }
            }
            Identity id = generate(commonName);
            java.util.Base64.Encoder b64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes());
            String out = "-----BEGIN PRIVATE KEY-----\n" + b64.encodeToString(id.keys().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\n"
                    + b64.encodeToString(id.certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n";
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
            java.nio.file.Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            java.nio.file.Files.writeString(tmp, out);
            java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return id;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot read or write the TLS identity " + file, e);
        }
    }

    private static byte[] pemBlock(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        int a = pem.indexOf(begin);
        int b = pem.indexOf("-----END " + type + "-----");
        if (a < 0 || b < a) {
            return null;
        }
        return java.util.Base64.getMimeDecoder().decode(pem.substring(a + begin.length(), b));
    }
}
