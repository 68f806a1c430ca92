package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.router.Router;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;

/**
 * An optional package's menus leave every front end when the package is disabled and the router rebooted, and come
 * back with their configuration when it is enabled again (hw-profiles.md §5, routeros-cli.md §6): zerotier is
 * installed with {@code --package zerotier} on the default RB1100AHx4 (arm); configured over SSH, disabled over the
 * API, rebooted from the SSH console with the {@code y} confirmation; then SSH answers {@code bad command name}, the
 * API {@code no such command prefix}, REST 400; enabled over REST, rebooted over the API; the export is as before.
 */
class PackageRebootTest {
  private static final String PW = "pw";

  @Test
  void disabledPackageMenusLeaveEveryFrontEndAndComeBackAfterEnable() throws Exception {
    int www = Emulator.freePort();
    try (Emulator emu = Emulator.start("--package", "zerotier", "--www-port", Integer.toString(www),
        "--admin-password", PW)) {
      Router router = emu.launcher.router();
      List<String> before;
      try (RouterSsh ssh = new RouterSsh("127.0.0.1", emu.sshPort, PW)) {
        ssh.ok("/zerotier add name=zt1 port=9994");
        ssh.ok("/zerotier interface add name=zerotier1 instance=zt1 network=8056c2e21c000001 allow-default=yes");
        before = export(ssh);
        assertTrue(before.contains("/zerotier interface"), before.toString());
      }

      String id;
      try (RawApi api = RawApi.login(emu.apiPort, PW)) {
        id = packageId(api, "zerotier");
        List<List<String>> r = api.call("/system/package/disable", "=numbers=" + id);
        assertEquals(List.of(List.of("!done")), r);
      }

      String console = consoleReboot(emu.sshPort);
      assertTrue(console.contains("Reboot, yes? [y/N]: "), console);
      assertTrue(console.contains("system will reboot shortly"), console);
      awaitReboots(router, 1);

      try (RouterSsh ssh = new RouterSsh("127.0.0.1", emu.sshPort, PW)) {
        assertEquals(List.of("bad command name zerotier (line 1 column 2)"), trim(ssh.exec("/zerotier print")));
        assertFalse(String.join("\n", export(ssh)).contains("zerotier"));
        List<String> pkgs = ssh.exec("/system package print");
        assertTrue(pkgs.stream().anyMatch(l -> l.matches("\\s*1 X zerotier .*")), pkgs.toString());
      }
      try (RawApi api = RawApi.login(emu.apiPort, PW)) {
        List<List<String>> r = api.call("/zerotier/print");
        assertTrue(r.stream().anyMatch(s -> s.contains("!trap") && s.contains("=message=no such command prefix")),
            r.toString());
        assertEquals(List.of("!done"), r.get(r.size() - 1));
      }
      HttpResponse<String> gone = rest(www, "GET", "/zerotier", null);
      assertEquals(400, gone.statusCode(), gone.body());
      assertTrue(gone.body().contains("no such command or directory (zerotier)"), gone.body());

      HttpResponse<String> enable = rest(www, "POST", "/system/package/enable", "{\"numbers\":\"" + id + "\"}");
      assertEquals(200, enable.statusCode(), enable.body());
      try (RawApi api = RawApi.login(emu.apiPort, PW)) {
        assertEquals(List.of(List.of("!done")), api.call("/system/reboot"));
        assertTrue(api.closedByServer(), "a reboot drops the API connection");
      }
      awaitReboots(router, 2);

      try (RouterSsh ssh = new RouterSsh("127.0.0.1", emu.sshPort, PW)) {
        assertEquals(before, export(ssh));
      }
      HttpResponse<String> back = rest(www, "GET", "/zerotier/interface", null);
      assertEquals(200, back.statusCode(), back.body());
      assertTrue(back.body().contains("\"network\":\"8056c2e21c000001\""), back.body());

      // The launcher's /ip service hook follows the rebuilt menu model: disabling www stops the REST listener.
      try (RouterSsh ssh = new RouterSsh("127.0.0.1", emu.sshPort, PW)) {
        ssh.ok("/ip service disable www");
      }
      assertTrue(refused(www), "www stopped after /ip service disable www on the rebooted router");
    }
  }

  @Test
  void shutdownOverTheApiSavesAndStopsEveryListener() throws Exception {
    try (Emulator emu = Emulator.start("--admin-password", PW)) {
      try (RawApi api = RawApi.login(emu.apiPort, PW)) {
        assertEquals(List.of(List.of("!done")), api.call("/system/identity/set", "=name=before-shutdown"));
        assertEquals(List.of(List.of("!done")), api.call("/system/shutdown"));
        assertTrue(api.closedByServer(), "a shutdown drops the API connection");
      }
      assertTrue(refused(emu.apiPort), "the API listener stopped");
      assertTrue(refused(emu.sshPort), "the SSH listener stopped");
      assertTrue(emu.launcher.router().reboots().halted());
      String saved = java.nio.file.Files.readString(emu.dataDir.resolve("config.json"));
      assertTrue(saved.contains("before-shutdown"), "the configuration was saved");
    }
  }

  private static boolean refused(int port) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      try (java.net.Socket s = new java.net.Socket()) {
        s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
      } catch (java.io.IOException e) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  /** The {@code .id} of a package from {@code /system/package/print}. */
  private static String packageId(RawApi api, String name) throws Exception {
    for (List<String> s : api.call("/system/package/print", "?name=" + name)) {
      if (s.get(0).equals("!re")) {
        for (String w : s) {
          if (w.startsWith("=.id=")) {
            return w.substring(5);
          }
        }
      }
    }
    throw new AssertionError("no package " + name);
  }

  private static List<String> export(RouterSsh ssh) throws Exception {
    List<String> out = new ArrayList<>(ssh.exec("/export"));
    out.removeIf(l -> l.startsWith("# 20") || l.isEmpty());
    return out;
  }

  private static List<String> trim(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    out.removeIf(String::isEmpty);
    return out;
  }

  /**
   * Types {@code /system reboot} on an interactive console ({@code +t}: no terminal probing), answers {@code y} once
   * the question is shown, and returns everything the terminal showed until the server closed the channel.
   */
  private static String consoleReboot(int port) throws Exception {
    SshClient client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    client.start();
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    try (ClientSession s = client.connect("admin+ct", "127.0.0.1", port).verify(10, TimeUnit.SECONDS)
        .getSession()) {
      s.addPasswordIdentity(PW);
      s.auth().verify(10, TimeUnit.SECONDS);
      try (ChannelShell ch = s.createShellChannel()) {
        ch.setOut(seen);
        ch.setErr(seen);
        ch.open().verify(10, TimeUnit.SECONDS);
        OutputStream in = ch.getInvertedIn();
        awaitText(seen, "] > ");
        in.write("/system reboot\r".getBytes(StandardCharsets.US_ASCII));
        in.flush();
        awaitText(seen, "Reboot, yes? [y/N]: ");
        in.write('y');
        in.flush();
        ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TimeUnit.SECONDS.toMillis(20));
      }
    } finally {
      client.stop();
    }
    return seen.toString(StandardCharsets.UTF_8);
  }

  private static void awaitText(ByteArrayOutputStream seen, String text) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      if (seen.toString(StandardCharsets.UTF_8).contains(text)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no '" + text + "' in: " + seen.toString(StandardCharsets.UTF_8));
  }

  /** Waits until the log holds {@code n} {@code router rebooted} lines. */
  private static void awaitReboots(Router router, int n) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      long c = router.log().rows().stream().filter(m -> "router rebooted".equals(m.get("message"))).count();
      if (c >= n) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the router did not reboot " + n + " time(s)");
  }

  private static HttpResponse<String> rest(int port, String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/rest" + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PW).getBytes()))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
