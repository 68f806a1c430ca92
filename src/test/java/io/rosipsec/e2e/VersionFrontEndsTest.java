package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.api.launcher.Launcher;
import io.rosipsec.api.launcher.LauncherOptions;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same command on two RouterOS versions, through every front end of a launcher-started emulator: {@code ppk}
 * of {@code /ip ipsec profile} exists from 7.22 (schema {@code since}), so {@code add name=pq ppk=no} is accepted on
 * 7.24 and refused on 7.12.2 over SSH exec ({@code bad parameter ppk (line 1 column 35)}, routeros-cli.md: add/set
 * report {@code bad parameter}), the binary API ({@code !trap =message=unknown parameter ppk}) and REST (HTTP 400
 * with the JSON error object); likewise the menu {@code /ip ipsec key rsa} (7.20+) exists on 7.24 only.
 */
class VersionFrontEndsTest {
  static Front v724;
  static Front v7122;
  static SshClient ssh;

  /** One emulator and its ports. */
  record Front(Launcher launcher, int ssh, int api, int www) {
    static Front start(String version) throws Exception {
      int sshPort = Emulator.freePort();
      int api = Emulator.freePort();
      int www = Emulator.freePort();
      String dir = Files.createTempDirectory("ros-version").toString();
      Launcher l = Launcher.start(LauncherOptions.parse(new String[] {"--bind", "127.0.0.1", "--data-dir", dir,
          "--version", version, "--admin-password", "pw", "--ssh-port", Integer.toString(sshPort),
          "--api-port", Integer.toString(api), "--api-ssl-port", Integer.toString(Emulator.freePort()),
          "--www-port", Integer.toString(www), "--www-ssl-port", Integer.toString(Emulator.freePort()),
          "--ike-port", Integer.toString(Emulator.freeUdpPort()),
          "--nat-t-port", Integer.toString(Emulator.freeUdpPort())}));
      return new Front(l, sshPort, api, www);
    }
  }

  @BeforeAll
  static void start() throws Exception {
    v724 = Front.start("7.24");
    v7122 = Front.start("7.12.2");
    ssh = SshClient.setUpDefaultClient();
    ssh.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    ssh.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (ssh != null) {
      ssh.stop();
    }
    for (Front f : new Front[] {v724, v7122}) {
      if (f != null) {
        f.launcher().stop();
      }
    }
  }

  private static String exec(Front f, String command) throws Exception {
    try (ClientSession s = ssh.connect("admin", "127.0.0.1", f.ssh()).verify(10, TimeUnit.SECONDS).getSession()) {
      s.addPasswordIdentity("pw");
      s.auth().verify(10, TimeUnit.SECONDS);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ChannelExec ch = s.createExecChannel(command)) {
        ch.setOut(out);
        ch.setErr(out);
        ch.open().verify(10, TimeUnit.SECONDS);
        ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TimeUnit.SECONDS.toMillis(20));
      }
      return out.toString(StandardCharsets.UTF_8).strip();
    }
  }

  private static HttpResponse<String> rest(Front f, String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + f.www() + "/rest" + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:pw".getBytes()))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void consoleAcceptsPpkOn724AndRefusesItOn7122() throws Exception {
    assertEquals("", exec(v724, "/ip ipsec profile add name=pq-ssh ppk=no"));
    assertTrue(exec(v724, "/ip ipsec profile print detail where name=pq-ssh").contains("ppk=no"));
    assertEquals("bad parameter ppk (line 1 column 35)", exec(v7122, "/ip ipsec profile add name=pq-ssh ppk=no"));
    String after = exec(v7122, "/ip ipsec profile print");
    assertTrue(after.contains("default") && !after.contains("pq-ssh"), after);
  }

  @Test
  void apiAcceptsPpkOn724AndRefusesItOn7122() throws Exception {
    try (RawApi a = RawApi.login(v724.api(), "pw")) {
      List<List<String>> r = a.call("/ip/ipsec/profile/add", "=name=pq-api", "=ppk=no");
      assertEquals(1, r.size(), r.toString());
      assertEquals("!done", r.get(0).get(0));
      assertTrue(r.get(0).get(1).startsWith("=ret=*"), r.toString());
    }
    try (RawApi a = RawApi.login(v7122.api(), "pw")) {
      assertEquals(List.of(List.of("!trap", "=message=unknown parameter ppk"), List.of("!done")),
          a.call("/ip/ipsec/profile/add", "=name=pq-api", "=ppk=no"));
    }
  }

  @Test
  void restAcceptsPpkOn724AndRefusesItOn7122() throws Exception {
    HttpResponse<String> ok = rest(v724, "PUT", "/ip/ipsec/profile", "{\"name\":\"pq-rest\",\"ppk\":\"no\"}");
    assertEquals(200, ok.statusCode(), ok.body());
    assertTrue(ok.body().contains("\"ppk\":\"no\"") && ok.body().contains("\"name\":\"pq-rest\""), ok.body());
    HttpResponse<String> bad = rest(v7122, "PUT", "/ip/ipsec/profile", "{\"name\":\"pq-rest\",\"ppk\":\"no\"}");
    assertEquals(400, bad.statusCode(), bad.body());
    assertEquals("{\"detail\":\"unknown parameter ppk\",\"error\":400,\"message\":\"Bad Request\"}", bad.body());
  }

  @Test
  void keyRsaMenuExistsOnlyOn724OnEveryFrontEnd() throws Exception {
    assertTrue(exec(v724, "/ip ipsec key rsa print").startsWith("Flags:"), exec(v724, "/ip ipsec key rsa print"));
    assertEquals("bad command name rsa (line 1 column 15)", exec(v7122, "/ip ipsec key rsa print"));
    try (RawApi a = RawApi.login(v724.api(), "pw")) {
      assertEquals(List.of(List.of("!empty"), List.of("!done")), a.call("/ip/ipsec/key/rsa/print"));
    }
    try (RawApi a = RawApi.login(v7122.api(), "pw")) {
      assertEquals(List.of(List.of("!trap", "=category=0", "=message=no such command or directory (rsa)"),
          List.of("!trap", "=message=no such command prefix"), List.of("!done")), a.call("/ip/ipsec/key/rsa/print"));
    }
    HttpResponse<String> ok = rest(v724, "GET", "/ip/ipsec/key/rsa", null);
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals("[]", ok.body());
    // On 7.12.2 /ip/ipsec/key is a list of keys, so the URL names an item "rsa" of it: unknown id → 404.
    HttpResponse<String> bad = rest(v7122, "GET", "/ip/ipsec/key/rsa", null);
    assertEquals(404, bad.statusCode(), bad.body());
    assertEquals("{\"error\":404,\"message\":\"Not Found\"}", bad.body());
  }
}
