package io.rosipsec.router;

import io.rosipsec.menu.Item;
import io.rosipsec.menu.MenuException;
import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.Session;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * {@code /certificate import file-name=<file> [passphrase=] [name=] [trusted=]}: every certificate of a PEM file in
 * {@code /file} becomes an item ({@code name=} for the first one, otherwise {@code <file-name>_<n>}, counted from 0 as
 * RouterOS does); every private key that matches an item's public key (one in this file or one imported before) is
 * attached to it ({@code K} flag). A certificate already present (same fingerprint) is not added twice.
 */
final class CertificateImport {
  private final Router router;
  private final CertificateHook hook;

  CertificateImport(Router router, CertificateHook hook) {
    this.router = router;
    this.hook = hook;
  }

  void run(MenuService service, Session session, Map<String, String> args) {
    String file = args.get("file-name");
    if (file == null || file.isEmpty()) {
      throw new MenuException("missing value(s) of argument(s) file-name");
    }
    String text = router.files().read(file).orElseThrow(() -> new MenuException("failure: no such file"));
    PemCodec.Contents in = PemCodec.parse(text, args.getOrDefault("passphrase", ""));
    if (in.certificates().isEmpty() && in.keys().isEmpty()) {
      throw new MenuException(in.decryptionFailures() > 0
          ? "failure: unable to decrypt, wrong passphrase?" : "failure: no certificates or keys found in file");
    }
    int n = 0;
    for (X509Certificate c : in.certificates()) {
      String fp = CertificateHook.fingerprint(c);
      if (service.store().items(CertificateHook.PATH).stream().anyMatch(i -> fp.equals(i.get("fingerprint")))) {
        continue;
      }
      String name = n == 0 && args.containsKey("name") && !args.get("name").isEmpty() ? args.get("name")
          : file + "_" + n;
      n++;
      Map<String, String> add = new LinkedHashMap<>();
      add.put("name", name);
      if (args.containsKey("trusted")) {
        add.put("trusted", args.get("trusted"));
      }
      String id = service.add(session, CertificateHook.PATH, add);
      Map<String, String> v = subject(c);
      v.putAll(hook.facts(c, null, null));
      service.putInternal(CertificateHook.PATH, id, v);
    }
    int orphans = 0;
    for (PrivateKey k : in.keys()) {
      Optional<Item> owner = ownerOf(service, k);
      if (owner.isEmpty()) {
        orphans++;
        continue;
      }
      X509Certificate c = CertificateHook.certificate(owner.get()).orElseThrow();
      Map<String, String> v = hook.facts(c, k, owner.get().get("ca"));
      service.putInternal(CertificateHook.PATH, owner.get().idString(), v);
    }
    if (in.certificates().isEmpty() && orphans == in.keys().size()) {
      throw new MenuException("failure: no certificate matches the private key");
    }
  }

  /** The item whose certificate carries the public half of {@code key}. */
  private static Optional<Item> ownerOf(MenuService service, PrivateKey key) {
    for (Item i : service.store().items(CertificateHook.PATH)) {
      Optional<X509Certificate> c = CertificateHook.certificate(i);
      if (c.isPresent() && matches(c.get().getPublicKey(), key)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static boolean matches(PublicKey pub, PrivateKey key) {
    if (pub instanceof RSAKey r && key instanceof RSAKey k) {
      return r.getModulus().equals(k.getModulus());
    }
    if (pub instanceof java.security.interfaces.ECPublicKey e && key instanceof java.security.interfaces.ECPrivateKey k) {
      java.math.BigInteger order = k.getParams().getOrder();
      // the public point is d*G: compare by signing and verifying a probe instead of curve arithmetic
      return order.equals(e.getParams().getOrder()) && probe(pub, key);
    }
    return false;
  }

  private static boolean probe(PublicKey pub, PrivateKey key) {
    try {
      java.security.Signature s = java.security.Signature.getInstance("SHA256withECDSA");
      s.initSign(key);
      byte[] msg = "rosipsec-key-match".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      s.update(msg);
      byte[] sig = s.sign();
      java.security.Signature v = java.security.Signature.getInstance("SHA256withECDSA");
      v.initVerify(pub);
      v.update(msg);
      return v.verify(sig);
    } catch (java.security.GeneralSecurityException e) {
      return false;
    }
  }

  /** Template-looking values of an imported certificate: subject parts, key size, validity in days. */
  private static Map<String, String> subject(X509Certificate c) {
    Map<String, String> v = new LinkedHashMap<>();
    X500Name n = X500Name.getInstance(c.getSubjectX500Principal().getEncoded());
    put(v, n, BCStyle.CN, "common-name");
    put(v, n, BCStyle.C, "country");
    put(v, n, BCStyle.ST, "state");
    put(v, n, BCStyle.L, "locality");
    put(v, n, BCStyle.O, "organization");
    put(v, n, BCStyle.OU, "unit");
    PublicKey k = c.getPublicKey();
    if (k instanceof RSAKey r) {
      v.put("key-size", Integer.toString(r.getModulus().bitLength()));
    } else if (k instanceof ECKey e) {
      int bits = e.getParams().getOrder().bitLength();
      v.put("key-size", bits <= 256 ? "prime256v1" : bits <= 384 ? "secp384r1" : "secp521r1");
    }
    long days = (c.getNotAfter().getTime() - c.getNotBefore().getTime()) / 86_400_000L;
    v.put("days-valid", Long.toString(Math.max(1, days)));
    return v;
  }

  private static void put(Map<String, String> v, X500Name n, ASN1ObjectIdentifier oid, String prop) {
    RDN[] r = n.getRDNs(oid);
    if (r.length > 0) {
      v.put(prop, IETFUtils.valueToString(r[0].getFirst().getValue()));
    }
  }
}
