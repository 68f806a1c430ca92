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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two emulators started with the launcher on 127.0.0.2 and 127.0.0.3 (same IKE/NAT-T port pair, standing for
 * 500/4500), configured and inspected only over SSH exec with MINA's client: an IKEv2 PSK tunnel between
 * 10.1.0.0/24 and 10.2.0.0/24 comes up, {@code installed-sa} shows the SPIs crosswise, {@code /ping} crosses it,
 * {@code active-peers} shows it established, and disabling the initiator's peer removes the SAs on both routers.
 */
class IpsecTunnelScenarioTest {
  private static final Pattern SPI = Pattern.compile("0x[0-9A-F]+");
  static Emulator r1;
  static Emulator r2;
  static SshClient client;

  @BeforeAll
  static void start() throws Exception {
    String ike = Integer.toString(Emulator.freeUdpPort());
    String natT = Integer.toString(Emulator.freeUdpPort());
    r1 = Emulator.start("--bind", "127.0.0.2", "--identity", "r1", "--admin-password", "pw", "--ike-port", ike,
        "--nat-t-port", natT);
    r2 = Emulator.start("--bind", "127.0.0.3", "--identity", "r2", "--admin-password", "pw", "--ike-port", ike,
        "--nat-t-port", natT);
    client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    client.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (client != null) {
      client.stop();
    }
    for (Emulator e : new Emulator[] {r1, r2}) {
      if (e != null) {
        e.close();
      }
    }
  }

  /** Runs one command over SSH exec; returns its output lines. */
  private static List<String> exec(Emulator e, String host, String command) throws Exception {
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

  private static void ok(Emulator e, String host, String command) throws Exception {
    List<String> out = exec(e, host, command);
    assertTrue(out.stream().allMatch(String::isEmpty), command + " -> " + out);
  }

  private static List<String> await(Emulator e, String host, String command, Predicate<List<String>> done)
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

  private static void configure(Emulator e, String host, String local, String remote, String peerAddress, String me,
      String them, boolean passive) throws Exception {
    ok(e, host, "/ip address add address=" + local.replace(".0/24", ".1/24") + " interface=ether2");
    ok(e, host, "/ip ipsec profile set default hash-algorithm=sha256 enc-algorithm=aes-256 dh-group=ecp256");
    ok(e, host, "/ip ipsec proposal set default auth-algorithms=sha256 enc-algorithms=aes-256-cbc pfs-group=none");
    ok(e, host, "/ip ipsec peer add name=" + them + " address=" + peerAddress + "/32 exchange-mode=ike2"
        + (passive ? " passive=yes" : ""));
    ok(e, host, "/ip ipsec identity add peer=" + them + " secret=e2e-secret my-id=fqdn:" + me
        + ".test remote-id=fqdn:" + them + ".test");
    ok(e, host, "/ip ipsec policy add peer=" + them + " tunnel=yes src-address=" + local + " dst-address=" + remote);
  }

  @Test
  void tunnelComesUpCarriesPingAndGoesDownOverSsh() throws Exception {
    configure(r2, "127.0.0.3", "10.2.0.0/24", "10.1.0.0/24", "127.0.0.2", "r2", "r1", true);
    configure(r1, "127.0.0.2", "10.1.0.0/24", "10.2.0.0/24", "127.0.0.3", "r1", "r2", false);

    String print = "/ip ipsec installed-sa print";
    List<String> a = spis(await(r1, "127.0.0.2", print, l -> spis(l).size() == 2));
    List<String> b = spis(await(r2, "127.0.0.3", print, l -> spis(l).size() == 2));
    assertEquals(a.get(0), b.get(1));
    assertEquals(a.get(1), b.get(0));

    List<String> peers = exec(r1, "127.0.0.2", "/ip ipsec active-peers print");
    assertTrue(peers.stream().anyMatch(l -> l.contains("r2.test") && l.contains("established")),
        String.join("\n", peers));

    List<String> ping = exec(r1, "127.0.0.2", "/ping 10.2.0.1 src-address=10.1.0.1 count=3 interval=200ms");
    assertTrue(ping.stream().anyMatch(l -> l.startsWith("    sent=3 received=3 packet-loss=0%")),
        String.join("\n", ping));
    for (Emulator e : new Emulator[] {r1, r2}) {
      String host = e == r1 ? "127.0.0.2" : "127.0.0.3";
      String detail = String.join(" ", exec(e, host, "/ip ipsec installed-sa print detail"));
      Matcher m = Pattern.compile("current-packets=(\\d+)").matcher(detail);
      long sum = 0;
      while (m.find()) {
        sum += Long.parseLong(m.group(1));
      }
      assertEquals(6, sum, detail);
    }
    List<String> pol = exec(r2, "127.0.0.3", "/ip ipsec policy print detail");
    assertTrue(String.join(" ", pol).contains("ph2-state=established"), String.join("\n", pol));

    ok(r1, "127.0.0.2", "/ip ipsec peer set r2 disabled=yes");
    await(r1, "127.0.0.2", print, l -> spis(l).isEmpty());
    await(r2, "127.0.0.3", print, l -> spis(l).isEmpty());
    List<String> log = exec(r2, "127.0.0.3", "/log print where topics~\"ipsec\"");
    assertTrue(log.stream().anyMatch(l -> l.contains("killing ike2 SA: r1")), String.join("\n", log));
  }
}
