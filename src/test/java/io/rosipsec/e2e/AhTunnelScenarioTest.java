package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ipsec-protocols=ah} end to end: two emulators started with the launcher on 127.0.0.2 and 127.0.0.3 and
 * configured over SSH exec negotiate an AH tunnel (IKEv2 AH proposal, or IKEv1 Quick Mode PROTO_IPSEC_AH), show it in
 * {@code installed-sa} with the {@code A} flag and authentication only, and carry {@code /ping} through it in the
 * emulator's AH-in-UDP framing (docs/ARCHITECTURE.md: an emulator limitation).
 */
class AhTunnelScenarioTest {
  private static final Pattern SPI = Pattern.compile("0x[0-9A-F]+");
  private static final String H1 = "127.0.0.2";
  private static final String H2 = "127.0.0.3";
  private Emulator r1;
  private Emulator r2;
  private SshClient client;

  @AfterEach
  void stop() throws Exception {
    if (client != null) {
      client.stop();
    }
    for (Emulator e : new Emulator[] {r1, r2}) {
      if (e != null) {
        e.close();
      }
    }
  }

  private List<String> exec(Emulator e, String host, String command) throws Exception {
    try (ClientSession s = client.connect("admin", host, e.sshPort).verify(10, TimeUnit.SECONDS).getSession()) {
      s.addPasswordIdentity("pw");
      s.auth().verify(10, TimeUnit.SECONDS);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ChannelExec ch = s.createExecChannel(command)) {
        ch.setOut(out);
        ch.setErr(out);
        ch.open().verify(10, TimeUnit.SECONDS);
        ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TimeUnit.SECONDS.toMillis(30));
      }
      List<String> lines = new ArrayList<>();
      for (String l : out.toString(StandardCharsets.UTF_8).split("\r\n")) {
        lines.add(l.stripTrailing());
      }
      return lines;
    }
  }

  private void ok(Emulator e, String host, String command) throws Exception {
    List<String> out = exec(e, host, command);
    assertTrue(out.stream().allMatch(String::isEmpty), command + " -> " + out);
  }

  private List<String> await(Emulator e, String host, String command, Predicate<List<String>> done)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    List<String> out = exec(e, host, command);
    while (!done.test(out)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out: " + command + " -> " + String.join("\n", out));
      }
      Thread.sleep(300);
      out = exec(e, host, command);
    }
    return out;
  }

  private static List<String> spis(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      Matcher m = SPI.matcher(l);
      if (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  private void configure(Emulator e, String host, String local, String remote, String peerAddress, String me,
      String them, boolean passive, String mode) throws Exception {
    ok(e, host, "/ip address add address=" + local.replace(".0/24", ".1/24") + " interface=ether2");
    ok(e, host, "/ip ipsec proposal set default auth-algorithms=sha256,sha1 enc-algorithms=aes-128-cbc"
        + " pfs-group=none");
    ok(e, host, "/ip ipsec peer add name=" + them + " address=" + peerAddress + "/32 exchange-mode=" + mode
        + (passive ? " passive=yes" : ""));
    ok(e, host, "/ip ipsec identity add peer=" + them + " secret=ah-secret my-id=fqdn:" + me
        + ".test remote-id=fqdn:" + them + ".test");
    ok(e, host, "/ip ipsec policy add peer=" + them + " tunnel=yes ipsec-protocols=ah src-address=" + local
        + " dst-address=" + remote);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ike2", "main"})
  void ahTunnelCarriesPing(String mode) throws Exception {
    String ike = Integer.toString(Emulator.freeUdpPort());
    String natT = Integer.toString(Emulator.freeUdpPort());
    r1 = Emulator.start("--bind", H1, "--identity", "r1", "--admin-password", "pw", "--ike-port", ike,
        "--nat-t-port", natT);
    r2 = Emulator.start("--bind", H2, "--identity", "r2", "--admin-password", "pw", "--ike-port", ike,
        "--nat-t-port", natT);
    client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    client.start();
    configure(r2, H2, "10.2.0.0/24", "10.1.0.0/24", H1, "r2", "r1", true, mode);
    configure(r1, H1, "10.1.0.0/24", "10.2.0.0/24", H2, "r1", "r2", false, mode);

    String print = "/ip ipsec installed-sa print";
    List<String> a = spis(await(r1, H1, print, l -> spis(l).size() == 2));
    List<String> b = spis(await(r2, H2, print, l -> spis(l).size() == 2));
    assertEquals(a.get(0), b.get(1));
    assertEquals(a.get(1), b.get(0));

    List<String> ping = exec(r1, H1, "/ping 10.2.0.1 src-address=10.1.0.1 count=3 interval=200ms");
    assertTrue(ping.stream().anyMatch(l -> l.startsWith("    sent=3 received=3 packet-loss=0%")),
        String.join("\n", ping));
    String detail = String.join(" ", exec(r2, H2, "/ip ipsec installed-sa print detail"));
    assertTrue(detail.contains("auth-algorithm=sha256"), detail);
    assertTrue(detail.contains("enc-algorithm=none"), detail);
    assertFalse(detail.contains("enc-key="), detail);
    Matcher flags = Pattern.compile("\\b\\d+ (?:[SH] )*A spi=").matcher(detail);
    int ahRows = 0;
    while (flags.find()) {
      ahRows++;
    }
    assertEquals(2, ahRows, "both rows flagged A: " + detail);
    Matcher packets = Pattern.compile("current-packets=(\\d+)").matcher(detail);
    long sum = 0;
    while (packets.find()) {
      sum += Long.parseLong(packets.group(1));
    }
    assertEquals(6, sum, detail);
    List<String> log = exec(r2, H2, "/log print where topics~\"ipsec\"");
    assertTrue(log.stream().anyMatch(l -> l.contains("IPsec-SA established: AH/Tunnel")), String.join("\n", log));
  }
}
