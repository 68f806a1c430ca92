package io.rosipsec.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.EchoResult;
import io.rosipsec.ipsec.IpsecEngine;
import io.rosipsec.shell.console.Console;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The CHR licence cap on ESP (hw-profiles.md §4.3: free = 1 Mbit/s upload per interface), measured between two
 * CHR routers on loopback (127.0.0.4 and 127.0.0.5, UDP 23600/27600 standing for 500/4500): r1 sends a bounded burst
 * of 1400-byte echo requests through the tunnel at about 2.8 Mbit/s for 2.4 s; r2 (p-unlimited) answers each one it
 * gets. At level free about 1 Mbit/s of requests gets through (the rest is dropped at r1's egress); at p1 every
 * request gets through. {@code /system license print} shows the level.
 */
class LicenceCapTest {
  private static final int IKE = 23600;
  private static final int NATT = 27600;
  private static final int SIZE = 1400;
  private static final int COUNT = 600;
  private static final Duration INTERVAL = Duration.ofMillis(4);

  private Router r1;
  private Router r2;

  @AfterEach
  void stop() {
    for (Router r : new Router[] {r1, r2}) {
      if (r != null) {
        r.ipsec().stop();
      }
    }
  }

  private static Router chr(String identity, String level) {
    return new Router(RouterOptions.defaults().withIdentity(identity).withModel("CHR").withLicence(level)
        .withClock(Clock.systemUTC()));
  }

  private static Console console(Router r) {
    return r.openConsole(r.sessionFor("admin", "local", "").orElseThrow(), 120, 24);
  }

  private static void ok(Console c, String line) {
    List<String> out = c.execute(line);
    assertTrue(out.stream().allMatch(String::isBlank), line + " -> " + out);
  }

  private static void configure(Console c, String local, String remote, String peerAddr, String me, String them,
      boolean passive) {
    ok(c, "/ip address add address=" + local.replace(".0/24", ".1/24") + " interface=ether2");
    ok(c, "/ip ipsec proposal set default auth-algorithms=sha256 enc-algorithms=aes-128-cbc pfs-group=none");
    ok(c, "/ip ipsec peer add name=" + them + " address=" + peerAddr + "/32 exchange-mode=ike2"
        + (passive ? " passive=yes" : ""));
    ok(c, "/ip ipsec identity add peer=" + them + " secret=cap-secret");
    ok(c, "/ip ipsec policy add peer=" + them + " tunnel=yes src-address=" + local + " dst-address=" + remote);
  }

  /** Brings the tunnel up and returns the delivered request throughput of one burst, in Mbit/s. */
  private double measure(String level) throws Exception {
    r1 = chr("r1", level);
    r2 = chr("r2", "p-unlimited");
    Console c1 = console(r1);
    configure(c1, "10.1.0.0/24", "10.2.0.0/24", "127.0.0.5", "r1", "r2", false);
    configure(console(r2), "10.2.0.0/24", "10.1.0.0/24", "127.0.0.4", "r2", "r1", true);
    r2.ipsec().start(InetAddress.getByName("127.0.0.5"), IKE, NATT);
    r1.ipsec().start(InetAddress.getByName("127.0.0.4"), IKE, NATT);
    TwoRouterLab.await("SAs on both sides", 15000,
        () -> r1.ipsec().engine().installedSas().size() == 2 && r2.ipsec().engine().installedSas().size() == 2);
    assertTrue(String.join("\n", c1.execute("/system license print")).contains("level: " + level));

    long start = System.nanoTime();
    List<EchoResult> results = r1.ipsec().engine().burst(InetAddress.getByName("10.1.0.1"),
        InetAddress.getByName("10.2.0.1"), COUNT, SIZE, INTERVAL, Duration.ofSeconds(1));
    double sendSeconds = COUNT * INTERVAL.toNanos() / 1e9;
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "burst took too long");
    long replied = results.stream().filter(EchoResult::replied).count();
    return replied * SIZE * 8 / sendSeconds / 1e6;
  }

  @Test
  void chrFreeCapsEspAtAboutOneMegabit() throws Exception {
    double mbps = measure("free");
    assertTrue(mbps > 0.5 && mbps < 2.0, "delivered " + mbps + " Mbit/s");
    IpsecEngine.RateLimitDrops drops = r1.ipsec().engine().rateLimitDrops();
    assertTrue(drops.licence() > COUNT / 3, "licence drops " + drops);
    assertEquals(0, drops.envelope());
    assertEquals(0, r2.ipsec().engine().rateLimitDrops().licence(), "p-unlimited has no cap");
  }

  @Test
  void chrP1IsNotCappedAtThisRate() throws Exception {
    double mbps = measure("p1");
    assertTrue(mbps > 2.5, "delivered " + mbps + " Mbit/s");
    assertEquals(0, r1.ipsec().engine().rateLimitDrops().licence());
  }
}
