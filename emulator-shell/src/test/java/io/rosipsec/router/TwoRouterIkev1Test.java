package io.rosipsec.router;

import static io.rosipsec.router.TwoRouterLab.ok;
import static io.rosipsec.router.TwoRouterLab.run;
import static io.rosipsec.router.TwoRouterLab.spis;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.shell.console.Console;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: two routers in one JVM on 127.0.0.2 and 127.0.0.3 (UDP 24500/28500 standing for 500/4500), configured
 * only through their consoles with RouterOS's IKEv1 defaults of the field (profile aes-128/sha1/modp1024 lifetime 1d,
 * proposal aes-128-cbc/sha1 lifetime 8h pfs-group modp1024, PSK identity with address ids): Main Mode and Aggressive
 * Mode tunnels come up, {@code /ping} crosses them, {@code installed-sa} shows the SPIs crosswise, {@code
 * active-peers} shows established sides, {@code disabled=yes} removes the SAs on both routers, and a wrong PSK fails
 * with RouterOS's log line leaving nothing installed.
 */
class TwoRouterIkev1Test {
  private final TwoRouterLab lab = TwoRouterLab.onLoopback("127.0.0.2", "127.0.0.3", 24500, 28500, 120);
  private final Console c1 = lab.c1;
  private final Console c2 = lab.c2;

  @AfterEach
  void stop() {
    lab.close();
  }

  private static void configure(Console c, String local, String remote, String peerAddr, String them, String mode,
      String secret, boolean passive) {
    ok(c, "/ip address add address=" + local.replace(".0/24", ".1/24") + " interface=ether2");
    ok(c, "/ip ipsec profile set default hash-algorithm=sha1 enc-algorithm=aes-128 dh-group=modp1024 lifetime=1d");
    ok(c, "/ip ipsec proposal set default auth-algorithms=sha1 enc-algorithms=aes-128-cbc lifetime=8h"
        + " pfs-group=modp1024");
    ok(c, "/ip ipsec peer add name=" + them + " address=" + peerAddr + "/32 exchange-mode=" + mode
        + (passive ? " passive=yes" : ""));
    ok(c, "/ip ipsec identity add peer=" + them + " secret=" + secret);
    ok(c, "/ip ipsec policy add peer=" + them + " tunnel=yes src-address=" + local + " dst-address=" + remote);
  }

  private void twoRouters(String mode, String secret2) throws Exception {
    configure(c1, "10.1.0.0/24", "10.2.0.0/24", "127.0.0.3", "r2", mode, "field-secret", false);
    configure(c2, "10.2.0.0/24", "10.1.0.0/24", "127.0.0.2", "r1", mode, secret2, true);
    lab.start();
  }

  private static void await(String what, BooleanSupplier cond) throws InterruptedException {
    TwoRouterLab.await(what, 15000, cond);
  }

  private static String logText(Console c) {
    return String.join("\n", run(c, "/log print"));
  }

  private void establishedAndPinging(String exchangeName) throws Exception {
    lab.awaitTunnel();
    lab.assertSpisCrosswise();
    List<String> table = run(c1, "/ip ipsec installed-sa print");
    assertTrue(table.stream().anyMatch(l -> l.contains("mature") && l.contains("127.0.0.2:4500")
        && l.contains("127.0.0.3:4500") && l.contains("sha1") && l.contains("aes-cbc") && l.endsWith("128")),
        String.join("\n", table));

    String peers1 = String.join(" ", run(c1, "/ip ipsec active-peers print detail"));
    assertTrue(peers1.contains("state=established") && peers1.contains("side=initiator")
        && peers1.contains("ph2-total=1") && peers1.contains("127.0.0.3"), peers1);
    String peers2 = String.join(" ", run(c2, "/ip ipsec active-peers print detail"));
    assertTrue(peers2.contains("state=established") && peers2.contains("side=responder"), peers2);
    String pol = String.join(" ", run(c1, "/ip ipsec policy print detail"));
    assertTrue(pol.contains("ph2-state=established"), pol);

    List<String> ping = run(c1, "/ping 10.2.0.1 src-address=10.1.0.1 count=3 interval=100ms");
    assertTrue(ping.get(4).startsWith("    sent=3 received=3 packet-loss=0%"), String.join("\n", ping));
    String detail = String.join(" ", run(c2, "/ip ipsec installed-sa print detail"));
    assertTrue(detail.contains("current-packets=3"), detail);

    String log1 = logText(c1);
    assertTrue(log1.matches("(?s).*ipsec,info +initiate new phase 1 \\(" + exchangeName
        + "\\): 127\\.0\\.0\\.2\\[500\\]<=>127\\.0\\.0\\.3\\[500\\].*"), log1);
    assertTrue(log1.matches("(?s).*ipsec,info +ISAKMP-SA established 127\\.0\\.0\\.2\\[4500\\]-127\\.0\\.0\\.3"
        + "\\[4500\\] spi:[0-9a-f]{16}:[0-9a-f]{16}.*"), log1);
    assertTrue(log1.matches("(?s).*ipsec,info +IPsec-SA established: ESP/Tunnel .*"), log1);

    ok(c1, "/ip ipsec peer disable r2");
    await("SAs gone on both sides", () -> spis(c1).isEmpty() && spis(c2).isEmpty()
        && run(c2, "/ip ipsec active-peers print").stream().noneMatch(l -> l.contains("established")));
    assertTrue(logText(c2).matches("(?s).*ipsec,info +ISAKMP-SA deleted .*"), logText(c2));
  }

  @Test
  void mainModeTunnelPingAndTeardown() throws Exception {
    twoRouters("main", "field-secret");
    establishedAndPinging("Identity Protection");
  }

  @Test
  void aggressiveModeTunnelPingAndTeardown() throws Exception {
    twoRouters("aggressive", "field-secret");
    establishedAndPinging("Aggressive");
  }

  @Test
  void baseExchangeModeIsRefusedWithAWarning() throws Exception {
    twoRouters("base", "field-secret");
    await("warning", () -> logText(c1).matches(
        "(?s).*ipsec,warning +peer r2: exchange-mode base is not supported \\(use main or aggressive\\).*"));
    Thread.sleep(300);
    assertTrue(spis(c1).isEmpty() && spis(c2).isEmpty());
    assertTrue(!logText(c1).contains("initiate new phase 1"), logText(c1));
  }

  @Test
  void wrongSecretFailsWithTheRouterOsLogLineAndInstallsNothing() throws Exception {
    twoRouters("main", "other-secret");
    await("responder log line", () -> logText(c2).matches(
        "(?s).*ipsec,info +respond new phase 1 \\(Identity Protection\\): 127\\.0\\.0\\.3\\[500\\]<=>"
        + "127\\.0\\.0\\.2\\[500\\].*"));
    await("wrong-password log line", () -> logText(c2).matches(
        "(?s).*ipsec,error +127\\.0\\.0\\.2 parsing packet failed, possible cause: wrong password.*"));
    Thread.sleep(500);
    assertTrue(spis(c1).isEmpty() && spis(c2).isEmpty());
    assertTrue(run(c1, "/ip ipsec active-peers print").stream().noneMatch(l -> l.contains("established")));
    assertTrue(run(c2, "/ip ipsec active-peers print").stream().noneMatch(l -> l.contains("established")));
  }
}
