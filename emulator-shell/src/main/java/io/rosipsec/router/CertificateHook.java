package io.rosipsec.router;

import io.rosipsec.menu.Item;
import io.rosipsec.menu.MenuException;
import io.rosipsec.menu.MenuHook;
import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.RosTime;
import io.rosipsec.menu.Session;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /certificate} behaviour (RouterOS 7, MikroTik manual "Certificates"): {@code add} makes a template without a
 * key; {@code sign <name> [ca=<ca>] [name=]} generates the key pair and signs it (self-signed without {@code ca}; a
 * self-signed template with {@code key-cert-sign} becomes the authority {@code A}, trusted); {@code import
 * file-name= [passphrase=] [name=]} reads PEM certificates and keys from {@code /file}; {@code export-certificate
 * <name> [file-name=] [export-passphrase=] [type=pem]} writes {@code <file-name>.crt} and, with a passphrase, the
 * encrypted {@code <file-name>.key}. Key and certificate live in the item as internal values ({@link
 * MenuService#putInternal}): persisted, never printed or exported.
 */
final class CertificateHook implements MenuHook {
  static final String PATH = "/certificate";
  static final String CERT = "_certificate";
  static final String KEY = "_private-key";
  static final String NOT_AFTER = "_not-after";

  private final Router router;
  private final SecureRandom random = new SecureRandom();

  CertificateHook(Router router) {
    this.router = router;
  }

  @Override
  public boolean action(MenuService service, Session session, String command, List<String> refs,
      Map<String, String> args) {
    switch (command) {
      case "sign" -> sign(service, target(service, refs, args), args);
      case "import" -> new CertificateImport(router, this).run(service, session, args);
      case "export-certificate" -> {
        List<String> ids = targets(service, refs, args);
        if (ids.isEmpty()) {
          throw new MenuException("missing value(s) of argument(s) numbers");
        }
        for (String id : ids) {
          export(service, id, args);
        }
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  @Override
  public void derive(MenuService service, Item item, Map<String, String> out) {
    Optional<X509Certificate> c = certificate(item);
    String size = out.getOrDefault("key-size", "2048");
    boolean ec = c.map(x -> x.getPublicKey().getAlgorithm().startsWith("EC"))
        .orElse(size.startsWith("prime") || size.startsWith("secp"));
    out.put("key-type", ec ? "ec" : "rsa");
    String notAfter = item.get(NOT_AFTER);
    if (notAfter != null) {
      long left = Long.parseLong(notAfter) - router.clock().instant().getEpochSecond();
      if (left > 0) {
        out.put("expires-after", RosTime.formatCompact(left * RosTime.SECOND));
      } else {
        out.put("expired", "yes");
      }
    }
  }

  // ---------------------------------------------------------------- sign

  private void sign(MenuService service, String id, Map<String, String> args) {
    Item item = item(service, id);
    if (item.has(CERT)) {
      throw new MenuException("failure: certificate is already signed");
    }
    Map<String, String> t = service.rows(Session.SYSTEM, PATH).stream().filter(r -> r.id().equals(id))
        .findFirst().orElseThrow(MenuException::noSuchItem).values();
    if (t.getOrDefault("common-name", "").isEmpty()) {
      throw new MenuException("failure: common-name must be set");
    }
    CertificateSigner.Template tpl = new CertificateSigner.Template(t.get("common-name"), t.get("country"),
        t.get("state"), t.get("locality"), t.get("organization"), t.get("unit"), t.get("subject-alt-name"),
        t.get("key-size"), Integer.parseInt(t.get("days-valid")), t.get("digest-algorithm"),
        new LinkedHashSet<>(List.of(t.get("key-usage").split(","))));
    X509Certificate issuer = null;
    PrivateKey issuerKey = null;
    String caName = null;
    String ca = args.get("ca");
    if (ca != null && !ca.isEmpty()) {
      Item caItem = item(service, service.resolveOne(PATH, ca));
      issuer = certificate(caItem).orElseThrow(() -> new MenuException("failure: CA certificate is not signed"));
      issuerKey = key(caItem).orElseThrow(() -> new MenuException("failure: CA certificate has no private key"));
      if (issuer.getBasicConstraints() < 0) {
        throw new MenuException("failure: certificate " + caItem.get("name") + " is not a CA");
      }
      caName = caItem.get("name");
    }
    KeyPair kp = CertificateSigner.keyPair(tpl.keySize(), random);
    Instant now = router.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    X509Certificate cert = CertificateSigner.sign(tpl, kp.getPublic(), issuer,
        issuerKey == null ? kp.getPrivate() : issuerKey, now, random);
    Map<String, String> v = facts(cert, kp.getPrivate(), caName);
    if (caName == null) {
      v.put("trusted", "yes");
    }
    String newName = args.get("name");
    if (newName != null && !newName.isEmpty() && !newName.equals(item.get("name"))) {
      requireFreeName(service, newName);
      v.put("name", newName);
    }
    service.putInternal(PATH, id, v);
  }

  /**
   * The read-only values and internal key/certificate of a signed or imported certificate: issuer, serial, SHA-256
   * fingerprint, key identifiers, validity, flags.
   */
  Map<String, String> facts(X509Certificate c, PrivateKey key, String caName) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("issuer", c.getIssuerX500Principal().getName());
    v.put("serial-number", c.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT));
    v.put("fingerprint", fingerprint(c));
    extensionId(c, "2.5.29.35").ifPresent(a -> v.put("akid", a));
    extensionId(c, "2.5.29.14").ifPresent(s -> v.put("skid", s));
    v.put("invalid-before", date(c.getNotBefore().toInstant()));
    v.put("invalid-after", date(c.getNotAfter().toInstant()));
    v.put(NOT_AFTER, Long.toString(c.getNotAfter().toInstant().getEpochSecond()));
    boolean selfSigned = c.getIssuerX500Principal().equals(c.getSubjectX500Principal());
    v.put("authority", key != null && selfSigned && c.getBasicConstraints() >= 0 ? "yes" : "no");
    v.put("issued", caName != null ? "yes" : "no");
    if (caName != null) {
      v.put("ca", caName);
    }
    v.put("private-key", key != null ? "yes" : "no");
    try {
      v.put(CERT, java.util.Base64.getEncoder().encodeToString(c.getEncoded()));
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new MenuException("failure: can not encode certificate");
    }
    if (key != null) {
      v.put(KEY, java.util.Base64.getEncoder().encodeToString(key.getEncoded()));
    }
    return v;
  }

  /** Dates as the version prints them: {@code 2025-01-09 10:52:13} from 7.10, {@code jan/09/2025 10:52:13} before. */
  private String date(Instant i) {
    java.time.LocalDateTime t = java.time.LocalDateTime.ofInstant(i, router.clock().getZone());
    return router.version().atLeast("7.10")
        ? t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
        : t.format(java.time.format.DateTimeFormatter.ofPattern("MMM/dd/yyyy HH:mm:ss", java.util.Locale.ENGLISH))
            .toLowerCase(java.util.Locale.ROOT);
  }

  /** The key identifier of the AKID (2.5.29.35) or SKID (2.5.29.14) extension, lowercase hex. */
  private static Optional<String> extensionId(X509Certificate c, String oid) {
    byte[] ext = c.getExtensionValue(oid);
    if (ext == null) {
      return Optional.empty();
    }
    try {
      var v = org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils.parseExtensionValue(ext);
      byte[] id = oid.equals("2.5.29.14")
          ? org.bouncycastle.asn1.x509.SubjectKeyIdentifier.getInstance(v).getKeyIdentifier()
          : org.bouncycastle.asn1.x509.AuthorityKeyIdentifier.getInstance(v).getKeyIdentifier();
      return id == null ? Optional.empty() : Optional.of(hex(id));
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static String fingerprint(X509Certificate c) {
    try {
      return hex(java.security.MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(String.format("%02x", x & 0xFF));
    }
    return s.toString();
  }

  // ---------------------------------------------------------------- export

  private void export(MenuService service, String id, Map<String, String> args) {
    Item item = item(service, id);
    X509Certificate c = certificate(item)
        .orElseThrow(() -> new MenuException("failure: certificate template can not be exported"));
    String type = args.getOrDefault("type", "pem");
    if (!type.equals("pem")) {
      throw new MenuException(type.equals("pkcs12")
          ? "failure: type=pkcs12 is not emulated, use type=pem" : "input does not match any value of type");
    }
    String base = args.getOrDefault("file-name", "");
    if (base.isEmpty()) {
      base = "cert_export_" + item.get("name");
    }
    router.files().write(base + ".crt", PemCodec.certificate(c));
    String pass = args.getOrDefault("export-passphrase", "");
    Optional<PrivateKey> k = key(item);
    if (k.isPresent() && !pass.isEmpty()) {
      router.files().write(base + ".key", PemCodec.privateKey(k.get(), pass));
    }
  }

  // ---------------------------------------------------------------- items

  static Optional<X509Certificate> certificate(Item i) {
    String der = i.get(CERT);
    if (der == null) {
      return Optional.empty();
    }
    try {
      return Optional.of((X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
          .generateCertificate(new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(der))));
    } catch (java.security.cert.CertificateException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static Optional<PrivateKey> key(Item i) {
    String der = i.get(KEY);
    if (der == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter().getPrivateKey(
          org.bouncycastle.asn1.pkcs.PrivateKeyInfo.getInstance(java.util.Base64.getDecoder().decode(der))));
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static Item item(MenuService service, String id) {
    return service.store().byId(PATH, Item.parseId(id)).orElseThrow(MenuException::noSuchItem);
  }

  static void requireFreeName(MenuService service, String name) {
    for (Item other : service.store().items(PATH)) {
      if (name.equals(other.get("name"))) {
        throw new MenuException("failure: already have such name");
      }
    }
  }

  private static String target(MenuService service, List<String> refs, Map<String, String> args) {
    List<String> ids = targets(service, refs, args);
    if (ids.isEmpty()) {
      throw new MenuException("missing value(s) of argument(s) number");
    }
    return ids.get(0);
  }

  /** Items named positionally (console), by {@code .id}/{@code numbers} (API) or by {@code number=}. */
  private static List<String> targets(MenuService service, List<String> refs, Map<String, String> args) {
    List<String> out = new ArrayList<>();
    for (String r : refs) {
      out.add(service.resolveOne(PATH, r));
    }
    if (out.isEmpty()) {
      String n = args.getOrDefault("number", args.get("numbers"));
      if (n != null && !n.isEmpty()) {
        for (String r : n.split(",")) {
          out.add(service.resolveOne(PATH, r));
        }
      }
    }
    return out;
  }
}
