package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar as the README runs it: ready line, SSH identification, SIGTERM saves, clear bind errors. */
class LauncherProcessTest {
  static final Path JAR = Path.of("..", "api-server", "target", "routeros-emulator.jar");

  private static Process start(Path dataDir, int ssh, String... extra) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString(), "--bind", "127.0.0.1", "--data-dir", dataDir.toString(),
        "--ssh-port", Integer.toString(ssh), "--api-port", Integer.toString(Emulator.freePort()),
        "--api-ssl-port", Integer.toString(Emulator.freePort()),
        "--www-port", Integer.toString(Emulator.freePort()), "--www-ssl-port", Integer.toString(Emulator.freePort()),
        "--ike-port", Integer.toString(Emulator.freeUdpPort()), "--nat-t-port", Integer.toString(Emulator.freeUdpPort())));
    cmd.addAll(List.of(extra));
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  @Test
  void jarStartsListensAndSavesOnSigterm() throws Exception {
    assertTrue(Files.exists(JAR), "mvn package builds " + JAR);
    Path dir = Files.createTempDirectory("jar-e2e");
    int ssh = Emulator.freePort();
    Process p = start(dir, ssh, "--identity", "jar-test");
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String ready = null;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (System.nanoTime() < deadline) {
        String line = out.readLine();
        if (line == null) {
          break;
        }
        if (line.contains("ready")) {
          ready = line;
          break;
        }
      }
      assertTrue(ready != null && ready.contains("ssh 127.0.0.1:" + ssh), String.valueOf(ready));
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", ssh), 5000);
        s.setSoTimeout(5000);
        byte[] buf = new byte[64];
        int n = s.getInputStream().read(buf);
        assertTrue(new String(buf, 0, n, StandardCharsets.US_ASCII).startsWith("SSH-2.0-ROSSSH"));
      }
      p.destroy(); // SIGTERM
      assertTrue(p.waitFor(20, TimeUnit.SECONDS), "stops on SIGTERM");
      assertTrue(Files.readString(dir.resolve("config.json")).contains("jar-test"));
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void apiSslAcceptsAnonymousDhAndKeepsItsCertificate() throws Exception {
    Tools.Result probe = Tools.run(List.of(Tools.PYTHON.toString(), "-c", "import librouteros"), 30);
    org.junit.jupiter.api.Assumptions.assumeTrue(probe.exit() == 0, "python3-librouteros not installed");
    Path dir = Files.createTempDirectory("jar-adh");
    for (int run = 0; run < 2; run++) {
      int apiSsl = Emulator.freePort();
      Process p = start(dir, Emulator.freePort(), "--identity", "adh-test", "--admin-password", "pw",
          "--api-ssl-port", Integer.toString(apiSsl));
      try {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        do {
          line = out.readLine();
        } while (line != null && !line.contains("ready"));
        Tools.Result r = Tools.run(List.of(Tools.PYTHON.toString(), Tools.resource("adh_login.py").toString(),
            Integer.toString(apiSsl)), 60);
        assertEquals(0, r.exit(), r.out());
      } finally {
        p.destroy();
        p.waitFor(20, TimeUnit.SECONDS);
        p.destroyForcibly();
      }
    }
    String pem = Files.readString(dir.resolve("tls-identity.pem"));
    assertTrue(pem.contains("BEGIN CERTIFICATE"), "generated on first start and kept");
  }

  @Test
  void aBusyPortEndsWithAClearMessage() throws Exception {
    try (ServerSocket busy = new ServerSocket()) {
      busy.bind(new InetSocketAddress("127.0.0.1", 0));
      Process p = start(Files.createTempDirectory("jar-busy"), busy.getLocalPort());
      try {
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), text);
        assertTrue(text.contains(":" + busy.getLocalPort()) && text.contains("--port-offset"), text);
      } finally {
        p.destroyForcibly();
      }
    }
  }
}
