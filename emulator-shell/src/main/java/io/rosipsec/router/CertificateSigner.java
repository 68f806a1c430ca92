package io.rosipsec.router;

import io.rosipsec.menu.MenuException;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Key pairs and X.509 v3 certificates for {@code /certificate sign}: the template's subject (RFC 5280 §4.1.2.6),
 * subject-alt-name (§4.2.1.6, RouterOS form {@code DNS:a,IP:1.2.3.4,email:x}), key usage (§4.2.1.3) and extended key
 * usage (§4.2.1.12) from RouterOS's {@code key-usage} words; a template with {@code key-cert-sign} becomes a CA
 * (basic constraints, §4.2.1.9). Key identifiers follow §4.2.1.1/§4.2.1.2.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/2555969/Certificates">RouterOS Certificates</a>
 */
final class CertificateSigner {
  /** The template values of one {@code /certificate} item (key-usage as RouterOS words). */
  record Template(String commonName, String country, String state, String locality, String organization,
      String unit, String subjectAltName, String keySize, int daysValid, String digest, Set<String> keyUsage) {}

  private CertificateSigner() {}

  /** A fresh key pair: RSA of the given bits, or EC on {@code prime256v1}/{@code secp384r1}/{@code secp521r1}. */
  static KeyPair keyPair(String keySize, SecureRandom random) {
    try {
      if (keySize.startsWith("prime") || keySize.startsWith("secp")) {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec(keySize.equals("prime256v1") ? "secp256r1" : keySize), random);
        return g.generateKeyPair();
      }
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(Integer.parseInt(keySize), random);
      return g.generateKeyPair();
    } catch (GeneralSecurityException | NumberFormatException e) {
      throw new MenuException("failure: unsupported key-size " + keySize);
    }
  }

  /**
   * Signs a certificate for {@code subjectKey} with {@code issuerKey}; {@code issuer} null means self-signed.
   *
   * @throws MenuException when the digest does not fit the issuer's key or the JDK refuses the signature
   */
  static X509Certificate sign(Template t, PublicKey subjectKey, X509Certificate issuer, PrivateKey issuerKey,
      Instant now, SecureRandom random) {
    X500Name subject = subject(t);
    X500Name issuerName = issuer == null ? subject : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
    try {
      JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName,
          new BigInteger(63, random).add(BigInteger.ONE), Date.from(now),
          Date.from(now.plus(Duration.ofDays(t.daysValid()))), subject, subjectKey);
      JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
      boolean ca = t.keyUsage().contains("key-cert-sign");
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
      int bits = keyUsageBits(t.keyUsage());
      if (bits != 0) {
        b.addExtension(Extension.keyUsage, true, new KeyUsage(bits));
      }
      List<KeyPurposeId> purposes = purposes(t.keyUsage());
      if (!purposes.isEmpty()) {
        b.addExtension(Extension.extendedKeyUsage, false,
            new ExtendedKeyUsage(purposes.toArray(new KeyPurposeId[0])));
      }
      GeneralNames san = altNames(t.subjectAltName());
      if (san != null) {
        b.addExtension(Extension.subjectAlternativeName, false, san);
      }
      b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subjectKey));
      b.addExtension(Extension.authorityKeyIdentifier, false, issuer == null
          ? ext.createAuthorityKeyIdentifier(subjectKey) : ext.createAuthorityKeyIdentifier(issuer.getPublicKey()));
      X509CertificateHolder h = b.build(new JcaContentSignerBuilder(signatureAlgorithm(t.digest(), issuerKey))
          .setSecureRandom(random).build(issuerKey));
      return new JcaX509CertificateConverter().getCertificate(h);
    } catch (GeneralSecurityException | OperatorCreationException | IOException | IllegalArgumentException e) {
      throw new MenuException("failure: can not sign certificate: " + e.getMessage());
    }
  }

  /** {@code SHA256withRSA}, {@code SHA384withECDSA}, ...; MD5 only with RSA. */
  static String signatureAlgorithm(String digest, PrivateKey key) {
    String d = digest.toUpperCase(java.util.Locale.ROOT);
    if (key instanceof ECKey) {
      if (d.equals("MD5")) {
        throw new MenuException("failure: md5 digest can not be used with an EC key");
      }
      return d + "withECDSA";
    }
    return d + "withRSA";
  }

  private static X500Name subject(Template t) {
    X500NameBuilder n = new X500NameBuilder(BCStyle.INSTANCE);
    add(n, BCStyle.C, t.country());
    add(n, BCStyle.ST, t.state());
    add(n, BCStyle.L, t.locality());
    add(n, BCStyle.O, t.organization());
    add(n, BCStyle.OU, t.unit());
    add(n, BCStyle.CN, t.commonName());
    return n.build();
  }

  private static void add(X500NameBuilder n, ASN1ObjectIdentifier oid, String value) {
    if (value != null && !value.isEmpty()) {
      n.addRDN(oid, value);
    }
  }

  private static int keyUsageBits(Set<String> usage) {
    int bits = 0;
    for (String u : usage) {
      bits |= switch (u) {
        case "digital-signature" -> KeyUsage.digitalSignature;
        case "content-commitment" -> KeyUsage.nonRepudiation;
        case "key-encipherment" -> KeyUsage.keyEncipherment;
        case "data-encipherment" -> KeyUsage.dataEncipherment;
        case "key-agreement" -> KeyUsage.keyAgreement;
        case "key-cert-sign" -> KeyUsage.keyCertSign;
        case "crl-sign" -> KeyUsage.cRLSign;
        case "encipher-only" -> KeyUsage.encipherOnly;
        case "decipher-only" -> KeyUsage.decipherOnly;
        default -> 0;
      };
    }
    return bits;
  }

  private static List<KeyPurposeId> purposes(Set<String> usage) {
    List<KeyPurposeId> out = new ArrayList<>();
    for (String u : usage) {
      switch (u) {
        case "tls-server" -> out.add(KeyPurposeId.id_kp_serverAuth);
        case "tls-client" -> out.add(KeyPurposeId.id_kp_clientAuth);
        case "code-sign" -> out.add(KeyPurposeId.id_kp_codeSigning);
        case "email-protect" -> out.add(KeyPurposeId.id_kp_emailProtection);
        case "timestamp" -> out.add(KeyPurposeId.id_kp_timeStamping);
        case "ocsp-sign" -> out.add(KeyPurposeId.id_kp_OCSPSigning);
        case "dvcs" -> out.add(KeyPurposeId.id_kp_dvcs);
        default -> { }
      }
    }
    return out;
  }

  /** RouterOS form {@code DNS:router.lan,IP:192.0.2.1,email:a@b}; null when empty. */
  static GeneralNames altNames(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    List<GeneralName> names = new ArrayList<>();
    for (String part : text.split(",")) {
      String p = part.trim();
      int colon = p.indexOf(':');
      if (colon < 0) {
        throw new MenuException("failure: bad subject-alt-name " + p);
      }
      String kind = p.substring(0, colon).toUpperCase(java.util.Locale.ROOT);
      String value = p.substring(colon + 1);
      switch (kind) {
        case "DNS" -> names.add(new GeneralName(GeneralName.dNSName, value));
        case "IP" -> {
          if (!value.matches("[0-9a-fA-F:.]+")) {
            throw new MenuException("failure: bad subject-alt-name " + p);
          }
          try {
            names.add(new GeneralName(GeneralName.iPAddress,
                new org.bouncycastle.asn1.DEROctetString(InetAddress.getByName(value).getAddress())));
          } catch (java.net.UnknownHostException e) {
            throw new MenuException("failure: bad subject-alt-name " + p);
          }
        }
        case "EMAIL" -> names.add(new GeneralName(GeneralName.rfc822Name, value));
        default -> throw new MenuException("failure: bad subject-alt-name " + p);
      }
    }
    return new GeneralNames(names.toArray(new GeneralName[0]));
  }
}
