package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
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

  /** One emulator of a RouterOS version and its SSH driver. */
  record Front(Emulator emulator, RouterSsh ssh) {
    static Front start(String version) {
      Emulator e = Emulator.start("--version", version, "--admin-password", "pw");
      return new Front(e, new RouterSsh("127.0.0.1", e.sshPort, "pw"));
    }

    int api() {
      return emulator.apiPort;
    }

    int www() {
      return emulator.wwwPort;
    }

    void close() {
      try {
        ssh.close();
      } finally {
        emulator.close();
      }
    }
  }

  @BeforeAll
  static void start() {
    v724 = Front.start("7.24");
    v7122 = Front.start("7.12.2");
  }

  @AfterAll
  static void stop() {
    for (Front f : new Front[] {v724, v7122}) {
      if (f != null) {
        f.close();
      }
    }
  }

  /** One command over SSH exec; its output as one stripped string. */
  private static String exec(Front f, String command) throws Exception {
    return String.join("\n", f.ssh().exec(command)).strip();
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
