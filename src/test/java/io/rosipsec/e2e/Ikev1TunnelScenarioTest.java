package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 end to end: two emulators started with the launcher on 127.0.0.2 and 127.0.0.3 (same IKE/NAT-T port pair,
 * standing for 500/4500), configured and inspected only over SSH exec, with the IKEv1 settings most RouterOS tunnels
 * in the field use (exchange-mode main, profile aes-128/sha1/modp1024, proposal aes-128-cbc/sha1 pfs modp1024): the
 * Main Mode tunnel comes up with the SPIs crosswise and carries {@code /ping}; and when one emulator stops, the other
 * declares it dead after {@code dpd-interval} × {@code dpd-maximum-failures} and removes its SAs.
 */
class Ikev1TunnelScenarioTest {
  private static final Pattern SPI = Pattern.compile("0x[0-9A-F]+");
  private static final String H1 = "127.0.0.2";
  private static final String H2 = "127.0.0.3";
  private Emulator r1;
  private Emulator r2;
  private SshClient client;

  @BeforeEach
  void start() throws Exception {
    String ike = Integer.toString(Emulator.freeUdpPort());
    String natT = Integer.toString(Emulator.freeUdpPort());
    r1 = Emulator.start("--bind", H1, "--identity", "r1", "--admin-password", "pw", "--ike-port", ike,
        "--nat-t-port", natT);
    r2 = Emulator.start("--bind", H2, "--identity", "r2", "--admin-password", "pw", "--ike-port", ike,
        "--nat-t-port", natT);
    client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    client.start();
  }

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

  private List<String> await(Emulator e, String host, String command, Duration limit, Predicate<List<String>> done)
      throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
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

  private void configure(Emulator e, String host, String local, String remote, String peerAddress, String them,
      boolean passive) throws Exception {
    ok(e, host, "/ip address add address=" + local.replace(".0/24", ".1/24") + " interface=ether2");
    ok(e, host, "/ip ipsec profile set default hash-algorithm=sha1 enc-algorithm=aes-128 dh-group=modp1024"
        + " lifetime=1d dpd-interval=2s dpd-maximum-failures=2");
    ok(e, host, "/ip ipsec proposal set default auth-algorithms=sha1 enc-algorithms=aes-128-cbc lifetime=8h"
        + " pfs-group=modp1024");
    ok(e, host, "/ip ipsec peer add name=" + them + " address=" + peerAddress + "/32 exchange-mode=main"
        + (passive ? " passive=yes" : ""));
    ok(e, host, "/ip ipsec identity add peer=" + them + " secret=e2e-v1-secret");
    ok(e, host, "/ip ipsec policy add peer=" + them + " tunnel=yes src-address=" + local + " dst-address=" + remote);
  }

  private void establish() throws Exception {
    configure(r2, H2, "10.2.0.0/24", "10.1.0.0/24", H1, "r1", true);
    configure(r1, H1, "10.1.0.0/24", "10.2.0.0/24", H2, "r2", false);
    String print = "/ip ipsec installed-sa print";
    List<String> a = spis(await(r1, H1, print, Duration.ofSeconds(30), l -> spis(l).size() == 2));
    List<String> b = spis(await(r2, H2, print, Duration.ofSeconds(30), l -> spis(l).size() == 2));
    assertEquals(a.get(0), b.get(1));
    assertEquals(a.get(1), b.get(0));
  }

  @Test
  void mainModeTunnelCarriesPingOverSsh() throws Exception {
    establish();
    String peers = String.join(" ", exec(r1, H1, "/ip ipsec active-peers print detail"));
    assertTrue(peers.contains("state=established") && peers.contains("side=initiator") && peers.contains(H2),
        peers);

    List<String> ping = exec(r1, H1, "/ping 10.2.0.1 src-address=10.1.0.1 count=3 interval=200ms");
    assertTrue(ping.stream().anyMatch(l -> l.startsWith("    sent=3 received=3 packet-loss=0%")),
        String.join("\n", ping));
    String detail = String.join(" ", exec(r2, H2, "/ip ipsec installed-sa print detail"));
    Matcher m = Pattern.compile("current-packets=(\\d+)").matcher(detail);
    long sum = 0;
    while (m.find()) {
      sum += Long.parseLong(m.group(1));
    }
    assertEquals(6, sum, detail);
    List<String> log = exec(r1, H1, "/log print where topics~\"ipsec\"");
    assertTrue(log.stream().anyMatch(l -> l.contains("initiate new phase 1 (Identity Protection): " + H1 + "[500]<=>"
        + H2 + "[500]")), String.join("\n", log));
    assertTrue(log.stream().anyMatch(l -> l.contains("ISAKMP-SA established " + H1 + "[4500]-" + H2 + "[4500]")),
        String.join("\n", log));
  }

  @Test
  void peerStopsAndDeadPeerDetectionRemovesTheSas() throws Exception {
    establish();
    r2.close();
    r2 = null;
    long stopped = System.nanoTime();
    // dpd-interval 2s × dpd-maximum-failures 2: declared dead on the third silent tick (about 6 s).
    await(r1, H1, "/ip ipsec installed-sa print", Duration.ofSeconds(20), l -> spis(l).isEmpty());
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopped);
    assertTrue(tookMs >= 3500, "SAs removed after only " + tookMs + " ms");
    List<String> peers = exec(r1, H1, "/ip ipsec active-peers print");
    assertTrue(peers.stream().noneMatch(l -> l.contains("established")), String.join("\n", peers));
    List<String> log = exec(r1, H1, "/log print where topics~\"ipsec\"");
    assertTrue(log.stream().anyMatch(l -> l.contains("ISAKMP-SA deleted " + H1 + "[4500]-" + H2 + "[4500]")),
        String.join("\n", log));
  }
}
