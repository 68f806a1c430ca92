package io.rosipsec.router;

import static io.rosipsec.router.TwoRouterLab.await;
import static io.rosipsec.router.TwoRouterLab.run;
import static io.rosipsec.router.TwoRouterLab.spis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 5: a short proposal {@code lifetime=30s} on two routers. {@code installed-sa} shows {@code add-lifetime=24s/30s}
 * (80 %, routeros-cli.md §5.11); the IKEv2 engine's lifetime timers run on the engine's real scheduler, so at the soft
 * lifetime (75–85 % of 30 s on each side) a CREATE_CHILD_SA rekey (RFC 7296 §1.3.3) replaces the pair: both sides then
 * show new SPIs, crosswise, the old ones are gone and pings still cross the tunnel.
 */
class ChildRekeyThroughConsolesTest {
  private TwoRouterLab lab;

  @AfterEach
  void stop() {
    if (lab != null) {
      lab.close();
    }
  }

  @Test
  void shortLifetimeRekeysWithNewSpisOnBothSides() throws Exception {
    lab = new TwoRouterLab(null);
    lab.up("aes-128-cbc", "sha1", "30s");
    lab.awaitTunnel();
    long start = System.currentTimeMillis();
    List<String> first1 = spis(lab.c1);
    List<String> first2 = spis(lab.c2);
    assertEquals(first1.get(0), first2.get(1));
    String detail = String.join(" ", run(lab.c1, "/ip ipsec installed-sa print detail"));
    assertTrue(detail.contains("add-lifetime=24s/30s"), detail);
    assertTrue(lab.ping(2).startsWith("    sent=2 received=2"));

    Set<String> old = new HashSet<>(first1);
    await("rekeyed SAs on both sides", 40000, () -> {
      List<String> a = spis(lab.c1);
      List<String> b = spis(lab.c2);
      return a.size() == 2 && b.size() == 2 && a.stream().noneMatch(old::contains)
          && a.get(0).equals(b.get(1)) && a.get(1).equals(b.get(0));
    });
    long took = System.currentTimeMillis() - start;
    assertTrue(took >= 20000, "rekey before the soft lifetime: " + took + " ms");
    assertTrue(lab.ping(3).startsWith("    sent=3 received=3"));
    List<String> peers = run(lab.c1, "/ip ipsec active-peers print");
    assertTrue(peers.stream().anyMatch(l -> l.contains("established")), String.join("\n", peers));
    String after = String.join(" ", run(lab.c2, "/ip ipsec installed-sa print detail"));
    assertTrue(after.contains("state=mature") && after.contains("add-lifetime=24s/30s"), after);
  }
}
