package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.Session;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * {@code /certificate} over SSH and {@code /ip service ... certificate=} live: a CA and a server certificate made on
 * the router, the CA exported to a file, then HTTPS REST (www-ssl) and the binary API over TLS (api-ssl) verified
 * against that CA alone; {@code certificate=none} goes back to the generated identity without a restart.
 */
class CertificateServiceTest {

  @Test
  void servicesPresentTheNamedCertificateLive() throws Exception {
    try (Emulator emu = Emulator.start("--admin-password", "pw");
        RouterSsh ssh = new RouterSsh("127.0.0.1", emu.sshPort, "pw")) {
      ssh.ok("/certificate add name=ca common-name=ca key-usage=key-cert-sign,crl-sign");
      ssh.ok("/certificate sign ca");
      ssh.ok("/certificate add name=srv common-name=router");
      ssh.ok("/certificate sign srv ca=ca");
      ssh.ok("/certificate export-certificate ca");
      String fingerprint = String.join("", ssh.exec(":put [/certificate get srv fingerprint]")).trim();
      List<String> print = ssh.exec("/certificate print");
      assertTrue(String.join("\n", print).contains(fingerprint), String.join("\n", print));

      X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
          Files.newInputStream(emu.dataDir.resolve("files/cert_export_ca.crt")));
      SSLContext trustCa = trusting(ca);

      ssh.ok("/ip service set www-ssl certificate=srv disabled=no");
      int wwwSsl = port(emu, "www-ssl");
      X509Certificate served = awaitHttps(wwwSsl, trustCa);
      assertEquals(fingerprint, sha256(served));
      assertEquals("CN=router", served.getSubjectX500Principal().getName());
      assertEquals("CN=ca", served.getIssuerX500Principal().getName());

      ssh.ok("/ip service set api-ssl certificate=srv");
      try (SSLSocket s = (SSLSocket) trustCa.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(),
              emu.apiSslPort);
          RawApi api = new RawApi(s)) {
        assertEquals(List.of(List.of("!done")), api.call("/login", "=name=admin", "=password=pw"));
        assertEquals(fingerprint, sha256((X509Certificate) s.getSession().getPeerCertificates()[0]));
        assertTrue(api.call("/certificate/print", "?name=srv").get(0).contains("=fingerprint=" + fingerprint));
      }

      assertEquals(List.of("failure: can not remove, certificate is used by service"),
          nonEmpty(ssh.exec("/certificate remove srv")));

      ssh.ok("/ip service set www-ssl certificate=none");
      assertThrows(SSLHandshakeException.class, () -> get(wwwSsl, trustCa));
      ssh.ok("/ip service set api-ssl certificate=none");
      ssh.ok("/certificate remove srv");
    }
  }

  private static List<String> nonEmpty(List<String> lines) {
    return lines.stream().filter(l -> !l.isBlank()).toList();
  }

  private static int port(Emulator emu, String service) {
    for (MenuService.Row r : emu.launcher.router().menus().rows(Session.SYSTEM, "/ip/service")) {
      if (service.equals(r.get("name"))) {
        return Integer.parseInt(r.get("port"));
      }
    }
    throw new AssertionError("no service " + service);
  }

  private static SSLContext trusting(X509Certificate anchor) throws Exception {
    KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
    ks.load(null, null);
    ks.setCertificateEntry("ca", anchor);
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    SSLContext c = SSLContext.getInstance("TLS");
    c.init(null, tmf.getTrustManagers(), null);
    return c;
  }

  /** The listener starts on the service worker after the set: retry the first request for up to 10 s. */
  private static X509Certificate awaitHttps(int port, SSLContext trust) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      try {
        return get(port, trust);
      } catch (java.net.ConnectException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
  }

  /**
   * {@code GET /rest/system/identity} checked against {@code trust}; the certificate names the router by its
   * common name (no subject-alt-name for 127.0.0.1), so host name matching accepts exactly {@code CN=router}.
   */
  private static X509Certificate get(int port, SSLContext trust) throws Exception {
    HttpsURLConnection c = (HttpsURLConnection) new URL("https://127.0.0.1:" + port + "/rest/system/identity")
        .openConnection();
    c.setSSLSocketFactory(trust.getSocketFactory());
    c.setHostnameVerifier((host, session) -> {
      try {
        return ((X509Certificate) session.getPeerCertificates()[0]).getSubjectX500Principal().getName()
            .equals("CN=router");
      } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
        return false;
      }
    });
    c.setConnectTimeout(5000);
    c.setReadTimeout(10000);
    c.setRequestProperty("Connection", "close"); // every request a new TLS handshake, never a pooled one
    c.setRequestProperty("Authorization",
        "Basic " + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8)));
    try (InputStream in = c.getInputStream()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(200, c.getResponseCode());
      assertTrue(body.contains("\"name\""), body);
      return (X509Certificate) c.getServerCertificates()[0];
    } finally {
      c.disconnect();
    }
  }

  private static String sha256(X509Certificate c) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
  }
}
