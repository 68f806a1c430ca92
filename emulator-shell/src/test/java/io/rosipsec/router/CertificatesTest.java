package io.rosipsec.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.Session;
import io.rosipsec.shell.console.Console;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /certificate} add/sign/import/export-certificate and {@code /ip service certificate=}. */
class CertificatesTest {

  private static Console console(Router r) {
    return r.openConsole(r.sessionFor("admin", "local", "").orElseThrow(), 200, 40);
  }

  private static String run(Console c, String line) {
    return String.join("\n", c.execute(line));
  }

  private static MenuService.Row row(Router r, String name) {
    return r.menus().rows(Session.SYSTEM, "/certificate").stream().filter(x -> name.equals(x.get("name")))
        .findFirst().orElseThrow();
  }

  /** ca (self-signed authority) and srv (issued by ca), as the RouterOS manual's example. */
  static void caAndServer(Console c) {
    assertEquals("", run(c, "/certificate add name=ca common-name=ca key-usage=key-cert-sign,crl-sign"
        + " key-size=prime256v1"));
    assertEquals("", run(c, "/certificate sign ca"));
    assertEquals("", run(c, "/certificate add name=srv common-name=router subject-alt-name=DNS:router.lan"
        + " key-size=prime256v1"));
    assertEquals("", run(c, "/certificate sign srv ca=ca"));
  }

  @Test
  void signsAnAuthorityAndAnIssuedCertificate() throws Exception {
    Router r = new Router(RouterOptions.defaults());
    Console c = console(r);
    assertEquals("", run(c, "/certificate add name=tpl common-name=x"));
    MenuService.Row tpl = row(r, "tpl");
    assertEquals("no", tpl.get("private-key"));
    assertEquals("2048", tpl.get("key-size"));
    assertEquals("digital-signature,key-encipherment,data-encipherment,key-cert-sign,crl-sign,tls-server,tls-client",
        tpl.get("key-usage"));
    caAndServer(c);
    MenuService.Row ca = row(r, "ca");
    MenuService.Row srv = row(r, "srv");
    assertEquals(List.of("yes", "yes", "yes", "no"),
        List.of(ca.get("private-key"), ca.get("authority"), ca.get("trusted"), ca.get("issued")));
    assertEquals(List.of("yes", "no", "yes", "ca"),
        List.of(srv.get("private-key"), srv.get("authority"), srv.get("issued"), srv.get("ca")));
    assertEquals("CN=ca", srv.get("issuer"));
    assertEquals(ca.get("skid"), srv.get("akid"));
    assertEquals("ec", srv.get("key-type"));
    assertTrue(srv.get("expires-after").startsWith("52w"), srv.get("expires-after"));

    TlsIdentity id = serviceIdentity(r, c, "api-ssl", "srv");
    assertEquals(2, id.chain().size());
    id.certificate().verify(id.chain().get(1).getPublicKey());
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(id.certificate().getEncoded()));
    assertEquals(sha256, srv.get("fingerprint"));
    assertEquals(sha256, id.fingerprint());

    String print = run(c, "/certificate print");
    assertTrue(print.contains("Flags: K - PRIVATE-KEY; A - AUTHORITY; I - ISSUED; T - TRUSTED"), print);
    assertTrue(print.contains("Columns: NAME, COMMON-NAME, FINGERPRINT"), print);
    assertTrue(run(c, "/certificate print detail").contains("Flags: K - private-key; L - crl; C - smart-card-key; "
        + "A - authority; I - issued, R - revoked; E - expired; T - trusted"));
    assertEquals("failure: certificate is already signed", run(c, "/certificate sign srv"));
    assertEquals("failure: CA certificate is not signed", run(c, "/certificate sign tpl ca=tpl"));
    assertEquals("", run(c, "/certificate add name=leaf common-name=leaf key-usage=digital-signature,tls-server"
        + " key-size=prime256v1"));
    assertEquals("", run(c, "/certificate sign leaf"));
    assertEquals("no", row(r, "leaf").get("authority"));
    assertEquals("failure: certificate leaf is not a CA", run(c, "/certificate sign tpl ca=leaf"));
  }

  private static TlsIdentity serviceIdentity(Router r, Console c, String service, String cert) {
    assertEquals("", run(c, "/ip service set " + service + " certificate=" + cert));
    return Certificates.serviceIdentity(r, service).orElseThrow();
  }

  @Test
  void privateKeysAreNeverPrintedAndCertificatesAreNotExported() {
    Router r = new Router(RouterOptions.defaults());
    Console c = console(r);
    caAndServer(c);
    String all = run(c, "/certificate print detail") + run(c, "/certificate print terse")
        + run(c, "/certificate print detail show-sensitive") + run(c, "/export verbose show-sensitive")
        + r.menus().rows(Session.SYSTEM, "/certificate");
    assertFalse(all.contains("_private-key") || all.contains("_certificate") || all.contains("MII"), all);
    assertFalse(run(c, "/export").contains("/certificate"));
    assertFalse(run(c, "/certificate export").contains("add "));
  }

  @Test
  void serviceCertificateNeedsAKeyAndBlocksRemoval() {
    Router r = new Router(RouterOptions.defaults());
    Console c = console(r);
    caAndServer(c);
    assertEquals("", run(c, "/certificate add name=tpl common-name=t"));
    assertEquals("failure: certificate tpl has no private key", run(c, "/ip service set www-ssl certificate=tpl"));
    assertEquals("", run(c, "/ip service set www-ssl certificate=srv"));
    assertEquals("srv", r.menus().rows(Session.SYSTEM, "/ip/service").stream()
        .filter(x -> x.get("name").equals("www-ssl")).findFirst().orElseThrow().get("certificate"));
    assertEquals("failure: can not remove, certificate is used by service", run(c, "/certificate remove srv"));
    assertEquals("", run(c, "/certificate set srv name=web"));
    assertEquals("web", Certificates.serviceIdentity(r, "www-ssl").orElseThrow().name());
    assertEquals("", run(c, "/ip service set www-ssl certificate=none"));
    assertTrue(Certificates.serviceIdentity(r, "www-ssl").isEmpty());
    assertEquals("", run(c, "/certificate remove web"));
  }

  @Test
  void exportsAndImportsPemWithAnEncryptedKey() {
    Router a = new Router(RouterOptions.defaults());
    Console ca = console(a);
    caAndServer(ca);
    assertEquals("", run(ca, "/certificate export-certificate srv export-passphrase=secret123"));
    String crt = a.files().read("cert_export_srv.crt").orElseThrow();
    String key = a.files().read("cert_export_srv.key").orElseThrow();
    assertTrue(crt.startsWith("-----BEGIN CERTIFICATE-----"), crt);
    assertTrue(key.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"), key);
    assertEquals("", run(ca, "/certificate export-certificate ca file-name=root"));
    assertTrue(a.files().read("root.key").isEmpty(), "no key without export-passphrase");

    Router b = new Router(RouterOptions.defaults());
    Console cb = console(b);
    b.files().write("srv.crt", crt);
    b.files().write("srv.key", key);
    assertEquals("", run(cb, "/certificate import file-name=srv.crt name=web"));
    assertEquals("no", row(b, "web").get("private-key"));
    assertEquals("failure: unable to decrypt, wrong passphrase?",
        run(cb, "/certificate import file-name=srv.key passphrase=wrong"));
    assertEquals("", run(cb, "/certificate import file-name=srv.key passphrase=secret123"));
    MenuService.Row web = row(b, "web");
    assertEquals("yes", web.get("private-key"));
    assertEquals(row(a, "srv").get("fingerprint"), web.get("fingerprint"));
    assertEquals("router", web.get("common-name"));
    assertEquals("prime256v1", web.get("key-size"));
    assertEquals("", run(cb, "/certificate import file-name=srv.crt"));
    assertEquals(1, b.menus().rows(Session.SYSTEM, "/certificate").size(), "same certificate twice");
    b.files().write("ca.crt", a.files().read("root.crt").orElseThrow());
    assertEquals("", run(cb, "/certificate import file-name=ca.crt"));
    assertEquals(Map.of("name", "ca.crt_0", "private-key", "no"),
        Map.of("name", row(b, "ca.crt_0").get("name"), "private-key", row(b, "ca.crt_0").get("private-key")));
    assertEquals("failure: no certificates or keys found in file",
        run(cb, "/file add name=x.txt contents=hello") + run(cb, "/certificate import file-name=x.txt"));
  }

  @Test
  void keysSurviveARestart(@TempDir Path dir) {
    Router a = new Router(RouterOptions.defaults().withDataDir(dir));
    Console c = console(a);
    caAndServer(c);
    assertEquals("", run(c, "/ip service set api-ssl certificate=srv"));
    String fp = Certificates.serviceIdentity(a, "api-ssl").orElseThrow().fingerprint();
    Router b = new Router(RouterOptions.defaults().withDataDir(dir));
    assertEquals(fp, Certificates.serviceIdentity(b, "api-ssl").orElseThrow().fingerprint());
    assertEquals("yes", row(b, "srv").get("private-key"));
  }
}
