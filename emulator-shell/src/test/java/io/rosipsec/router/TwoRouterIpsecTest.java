package io.rosipsec.router;

import static io.rosipsec.router.TwoRouterLab.await;
import static io.rosipsec.router.TwoRouterLab.ok;
import static io.rosipsec.router.TwoRouterLab.packets;
import static io.rosipsec.router.TwoRouterLab.run;
import static io.rosipsec.router.TwoRouterLab.spis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.shell.console.Console;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two routers in one JVM on 127.0.0.2 and 127.0.0.3 (UDP 23500/27500 standing for 500/4500), configured only through
 * their consoles: the IKEv2 PSK tunnel comes up, {@code installed-sa} shows two SAs per side with the SPIs crosswise,
 * {@code /ping} crosses the tunnel with counters rising on both sides, {@code active-peers} shows established, policies
 * turn active, and {@code disabled=yes} on the initiator's peer removes the SAs on both sides.
 */
class TwoRouterIpsecTest {
  private final TwoRouterLab lab = TwoRouterLab.onLoopback("127.0.0.2", "127.0.0.3", 23500, 27500, 120);
  private final Console c1 = lab.c1;
  private final Console c2 = lab.c2;

  @AfterEach
  void stop() {
    lab.close();
  }

  private static void configure(Console c, String local, String remote, String peerAddr, String me, String them,
      boolean passive) {
    ok(c, "/ip address add address=" + local.replace(".0/24", ".1/24") + " interface=ether2");
    ok(c, "/ip ipsec profile set default hash-algorithm=sha256 enc-algorithm=aes-256 dh-group=modp2048");
    ok(c, "/ip ipsec proposal set default auth-algorithms=sha256 enc-algorithms=aes-256-cbc pfs-group=none");
    ok(c, "/ip ipsec peer add name=" + them + " address=" + peerAddr + "/32 exchange-mode=ike2"
        + (passive ? " passive=yes" : ""));
    ok(c, "/ip ipsec identity add peer=" + them + " secret=lab-secret my-id=fqdn:" + me + ".test remote-id=fqdn:"
        + them + ".test");
    ok(c, "/ip ipsec policy add peer=" + them + " tunnel=yes src-address=" + local + " dst-address=" + remote);
  }

  @Test
  void tunnelPingAndTeardownThroughTheConsoles() throws Exception {
    configure(c1, "10.1.0.0/24", "10.2.0.0/24", "127.0.0.3", "r1", "r2", false);
    configure(c2, "10.2.0.0/24", "10.1.0.0/24", "127.0.0.2", "r2", "r1", true);
    lab.start();

    lab.awaitTunnel();
    lab.assertSpisCrosswise();
    List<String> table = run(c1, "/ip ipsec installed-sa print");
    assertTrue(table.stream().anyMatch(l -> l.contains("mature") && l.contains("127.0.0.2:4500")
        && l.contains("127.0.0.3:4500") && l.contains("sha256") && l.contains("aes-cbc") && l.endsWith("256")),
        String.join("\n", table));

    List<String> peers = run(c1, "/ip ipsec active-peers print");
    assertTrue(peers.stream().anyMatch(l -> l.contains("r2.test") && l.contains("established")
        && l.contains("127.0.0.3")), String.join("\n", peers));
    List<String> peers2 = run(c2, "/ip ipsec active-peers print detail");
    assertTrue(String.join(" ", peers2).contains("side=responder"), String.join("\n", peers2));

    List<String> pol = run(c1, "/ip ipsec policy print detail");
    assertTrue(String.join(" ", pol).contains("ph2-state=established"), String.join("\n", pol));

    List<String> ping = run(c1, "/ping 10.2.0.1 src-address=10.1.0.1 count=3 interval=100ms");
    assertEquals("  SEQ HOST                                     SIZE TTL TIME       STATUS", ping.get(0));
    for (int i = 0; i < 3; i++) {
      assertTrue(ping.get(i + 1).matches(" {4}" + i + " 10\\.2\\.0\\.1 {33}  56  64 \\d+(ms)?(\\d+us)?"),
          ping.get(i + 1));
    }
    assertTrue(ping.get(4).startsWith("    sent=3 received=3 packet-loss=0% min-rtt="), ping.get(4));
    assertEquals(6, packets(c1));
    assertEquals(6, packets(c2));

    List<String> lost = run(c1, "/ping 10.2.0.77 count=1");
    assertEquals("    0 10.2.0.77                                                    timeout", lost.get(1));
    assertEquals("    sent=1 received=0 packet-loss=100%", lost.get(2));

    ok(c1, "/ip ipsec peer disable r2");
    await("SAs gone on both sides", 15000, () -> spis(c1).isEmpty() && spis(c2).isEmpty());
    assertTrue(run(c2, "/ip ipsec active-peers print").stream().noneMatch(l -> l.contains("established")));
    List<String> log1 = run(c1, "/log print");
    assertTrue(log1.stream().anyMatch(l -> l.matches(".*ipsec,info +killing ike2 SA: r2 .*")), String.join("\n", log1));
    List<String> log2 = run(c2, "/log print");
    assertTrue(log2.stream().anyMatch(l -> l.matches(".*ipsec,info +peer connected: r1 .*")), String.join("\n", log2));
  }
}
