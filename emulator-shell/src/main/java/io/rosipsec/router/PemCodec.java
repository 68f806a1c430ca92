package io.rosipsec.router;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * PEM as {@code /certificate import} reads it and {@code export-certificate type=pem} writes it (RFC 7468): {@code
 * CERTIFICATE} blocks, private keys as PKCS#8 ({@code PRIVATE KEY}, {@code ENCRYPTED PRIVATE KEY}) or OpenSSL's
 * traditional {@code RSA/EC PRIVATE KEY} (optionally {@code Proc-Type: 4,ENCRYPTED}). Never throws past its boundary:
 * unreadable blocks are counted, not thrown.
 */
final class PemCodec {
  /** Bouncy Castle as a local provider (not registered): PKCS#8 PBES2 names such as AES/CBC/PKCS7Padding. */
  private static final java.security.Provider BC = new org.bouncycastle.jce.provider.BouncyCastleProvider();
  /** What one file held: certificates, keys, and how many encrypted keys the passphrase did not open. */
  record Contents(List<X509Certificate> certificates, List<PrivateKey> keys, int decryptionFailures) {}

  private PemCodec() {}

  static Contents parse(String text, String passphrase) {
    List<X509Certificate> certs = new ArrayList<>();
    List<PrivateKey> keys = new ArrayList<>();
    int failures = 0;
    char[] pass = passphrase == null ? new char[0] : passphrase.toCharArray();
    JcaPEMKeyConverter conv = new JcaPEMKeyConverter();
    try (PEMParser p = new PEMParser(new StringReader(text))) {
      for (int i = 0; i < 1000; i++) {
        Object o;
        try {
          o = p.readObject();
        } catch (IOException | RuntimeException e) {
          failures++;
          continue;
        }
        if (o == null) {
          break;
        }
        try {
          if (o instanceof X509CertificateHolder h) {
            certs.add(new JcaX509CertificateConverter().getCertificate(h));
          } else if (o instanceof PrivateKeyInfo k) {
            keys.add(conv.getPrivateKey(k));
          } else if (o instanceof PEMKeyPair kp) {
            keys.add(conv.getKeyPair(kp).getPrivate());
          } else if (o instanceof PEMEncryptedKeyPair ekp) {
            keys.add(conv.getKeyPair(ekp.decryptKeyPair(new JcePEMDecryptorProviderBuilder().setProvider(BC).build(pass)))
                .getPrivate());
          } else if (o instanceof PKCS8EncryptedPrivateKeyInfo e) {
            keys.add(conv.getPrivateKey(
                e.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC).build(pass))));
          }
        } catch (IOException | CertificateException | OperatorCreationException | PKCSException
            | RuntimeException e) {
          failures++;
        }
      }
    } catch (IOException e) {
      failures++;
    }
    return new Contents(certs, keys, failures);
  }

  static String certificate(X509Certificate c) {
    return write(c);
  }

  /** PKCS#8 PEM; encrypted with AES-256-CBC (PBKDF2) when a passphrase is given. */
  static String privateKey(PrivateKey key, String passphrase) {
    if (passphrase == null || passphrase.isEmpty()) {
      return write(key);
    }
    try {
      var enc = new JceOpenSSLPKCS8EncryptorBuilder(org.bouncycastle.openssl.PKCS8Generator.AES_256_CBC)
          .setProvider(BC).setRandom(new SecureRandom()).setPassword(passphrase.toCharArray()).build();
      return write(new JcaPKCS8Generator(key, enc).generate());
    } catch (OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot encrypt the private key", e);
    }
  }

  private static String write(Object o) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(out)) {
      w.writeObject(o);
    } catch (IOException e) {
      throw new IllegalStateException("PEM writing to memory failed", e);
    }
    return out.toString();
  }
}
