package io.rosipsec.e2e;

import static io.rosipsec.e2e.TwoRouterLab.spis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
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
  static TwoRouterLab lab;

  @BeforeAll
  static void start() throws Exception {
    lab = TwoRouterLab.start("127.0.0.2", "127.0.0.3");
  }

  @AfterAll
  static void stop() {
    if (lab != null) {
      lab.close();
    }
  }

  private static void configure(RouterSsh s, String local, String remote, String peerAddress, String me,
      String them, boolean passive) throws Exception {
    s.ok("/ip address add address=" + local.replace(".0/24", ".1/24") + " interface=ether2");
    s.ok("/ip ipsec profile set default hash-algorithm=sha256 enc-algorithm=aes-256 dh-group=ecp256");
    s.ok("/ip ipsec proposal set default auth-algorithms=sha256 enc-algorithms=aes-256-cbc pfs-group=none");
    s.ok("/ip ipsec peer add name=" + them + " address=" + peerAddress + "/32 exchange-mode=ike2"
        + (passive ? " passive=yes" : ""));
    s.ok("/ip ipsec identity add peer=" + them + " secret=e2e-secret my-id=fqdn:" + me + ".test remote-id=fqdn:"
        + them + ".test");
    s.ok("/ip ipsec policy add peer=" + them + " tunnel=yes src-address=" + local + " dst-address=" + remote);
  }

  @Test
  void tunnelComesUpCarriesPingAndGoesDownOverSsh() throws Exception {
    configure(lab.s2, "10.2.0.0/24", "10.1.0.0/24", "127.0.0.2", "r2", "r1", true);
    configure(lab.s1, "10.1.0.0/24", "10.2.0.0/24", "127.0.0.3", "r1", "r2", false);
    lab.awaitSpisCrosswise(Duration.ofSeconds(30));

    List<String> peers = lab.s1.exec("/ip ipsec active-peers print");
    assertTrue(peers.stream().anyMatch(l -> l.contains("r2.test") && l.contains("established")),
        String.join("\n", peers));

    List<String> ping = lab.s1.exec("/ping 10.2.0.1 src-address=10.1.0.1 count=3 interval=200ms");
    assertTrue(ping.stream().anyMatch(l -> l.startsWith("    sent=3 received=3 packet-loss=0%")),
        String.join("\n", ping));
    for (RouterSsh s : List.of(lab.s1, lab.s2)) {
      String detail = String.join(" ", s.exec("/ip ipsec installed-sa print detail"));
      assertEquals(6, TwoRouterLab.currentPackets(detail), detail);
    }
    List<String> pol = lab.s2.exec("/ip ipsec policy print detail");
    assertTrue(String.join(" ", pol).contains("ph2-state=established"), String.join("\n", pol));

    lab.s1.ok("/ip ipsec peer set r2 disabled=yes");
    String print = "/ip ipsec installed-sa print";
    lab.s1.await(print, Duration.ofSeconds(30), l -> spis(l).isEmpty());
    lab.s2.await(print, Duration.ofSeconds(30), l -> spis(l).isEmpty());
    List<String> log = lab.s2.exec("/log print where topics~\"ipsec\"");
    assertTrue(log.stream().anyMatch(l -> l.contains("killing ike2 SA: r1")), String.join("\n", log));
  }
}
