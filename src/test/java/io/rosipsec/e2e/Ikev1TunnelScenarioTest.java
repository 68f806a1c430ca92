package io.rosipsec.e2e;

import static io.rosipsec.e2e.TwoRouterLab.spis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
  private static final String H1 = "127.0.0.2";
  private static final String H2 = "127.0.0.3";
  private TwoRouterLab lab;

  @BeforeEach
  void start() throws Exception {
    lab = TwoRouterLab.start(H1, H2);
  }

  @AfterEach
  void stop() {
    if (lab != null) {
      lab.close();
    }
  }

  private static void configure(RouterSsh s, String local, String remote, String peerAddress, String them,
      boolean passive) throws Exception {
    s.ok("/ip address add address=" + local.replace(".0/24", ".1/24") + " interface=ether2");
    s.ok("/ip ipsec profile set default hash-algorithm=sha1 enc-algorithm=aes-128 dh-group=modp1024"
        + " lifetime=1d dpd-interval=2s dpd-maximum-failures=2");
    s.ok("/ip ipsec proposal set default auth-algorithms=sha1 enc-algorithms=aes-128-cbc lifetime=8h"
        + " pfs-group=modp1024");
    s.ok("/ip ipsec peer add name=" + them + " address=" + peerAddress + "/32 exchange-mode=main"
        + (passive ? " passive=yes" : ""));
    s.ok("/ip ipsec identity add peer=" + them + " secret=e2e-v1-secret");
    s.ok("/ip ipsec policy add peer=" + them + " tunnel=yes src-address=" + local + " dst-address=" + remote);
  }

  private void establish() throws Exception {
    configure(lab.s2, "10.2.0.0/24", "10.1.0.0/24", H1, "r1", true);
    configure(lab.s1, "10.1.0.0/24", "10.2.0.0/24", H2, "r2", false);
    lab.awaitSpisCrosswise(Duration.ofSeconds(30));
  }

  @Test
  void mainModeTunnelCarriesPingOverSsh() throws Exception {
    establish();
    String peers = String.join(" ", lab.s1.exec("/ip ipsec active-peers print detail"));
    assertTrue(peers.contains("state=established") && peers.contains("side=initiator") && peers.contains(H2),
        peers);

    List<String> ping = lab.s1.exec("/ping 10.2.0.1 src-address=10.1.0.1 count=3 interval=200ms");
    assertTrue(ping.stream().anyMatch(l -> l.startsWith("    sent=3 received=3 packet-loss=0%")),
        String.join("\n", ping));
    String detail = String.join(" ", lab.s2.exec("/ip ipsec installed-sa print detail"));
    assertEquals(6, TwoRouterLab.currentPackets(detail), detail);
    List<String> log = lab.s1.exec("/log print where topics~\"ipsec\"");
    assertTrue(log.stream().anyMatch(l -> l.contains("initiate new phase 1 (Identity Protection): " + H1 + "[500]<=>"
        + H2 + "[500]")), String.join("\n", log));
    assertTrue(log.stream().anyMatch(l -> l.contains("ISAKMP-SA established " + H1 + "[4500]-" + H2 + "[4500]")),
        String.join("\n", log));
  }

  @Test
  void peerStopsAndDeadPeerDetectionRemovesTheSas() throws Exception {
    establish();
    lab.stopR2();
    long stopped = System.nanoTime();
    // dpd-interval 2s × dpd-maximum-failures 2: declared dead on the third silent tick (about 6 s).
    lab.s1.await("/ip ipsec installed-sa print", Duration.ofSeconds(20), l -> spis(l).isEmpty());
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopped);
    assertTrue(tookMs >= 3500, "SAs removed after only " + tookMs + " ms");
    List<String> peers = lab.s1.exec("/ip ipsec active-peers print");
    assertTrue(peers.stream().noneMatch(l -> l.contains("established")), String.join("\n", peers));
    List<String> log = lab.s1.exec("/log print where topics~\"ipsec\"");
    assertTrue(log.stream().anyMatch(l -> l.contains("ISAKMP-SA deleted " + H1 + "[4500]-" + H2 + "[4500]")),
        String.join("\n", log));
  }
}
