package io.rosipsec.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.RosVersion;
import io.rosipsec.shell.console.Console;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test fixture: two routers of one board model in one JVM on {@code 127.0.0.12} (initiator) and {@code 127.0.0.13}
 * (passive responder), UDP {@value #IKE}/{@value #NATT} standing for 500/4500, configured only through their consoles
 * with an IKEv2 PSK tunnel between 10.1.0.0/24 and 10.2.0.0/24. {@link #onLoopback} gives a pair of default routers
 * on other addresses and ports for tests that configure the consoles themselves; closing stops both engines.
 */
final class TwoRouterLab implements AutoCloseable {
  static final int IKE = 25500;
  static final int NATT = 29500;
  static final String H1 = "127.0.0.12";
  static final String H2 = "127.0.0.13";
  private static final Pattern SPI = Pattern.compile("0x[0-9A-F]+");

  final Router r1;
  final Router r2;
  final Console c1;
  final Console c2;
  final String h1;
  final String h2;
  final int ike;
  final int natt;

  /** @param model board model for both routers, {@code null} for the default board */
  TwoRouterLab(String model) {
    this(model, RosVersion.DEFAULT);
  }

  /** As above on RouterOS {@code version}. */
  TwoRouterLab(String model, RosVersion version) {
    this(model, version, H1, H2, IKE, NATT, 200);
  }

  private TwoRouterLab(String model, RosVersion version, String h1, String h2, int ike, int natt, int width) {
    r1 = router("r1", model, version);
    r2 = router("r2", model, version);
    c1 = console(r1, width);
    c2 = console(r2, width);
    this.h1 = h1;
    this.h2 = h2;
    this.ike = ike;
    this.natt = natt;
  }

  /**
   * Two default routers r1 on {@code h1} and r2 on {@code h2}, UDP {@code ike}/{@code natt} standing for 500/4500,
   * consoles {@code width} columns wide; nothing configured, no engine started.
   */
  static TwoRouterLab onLoopback(String h1, String h2, int ike, int natt, int width) {
    return new TwoRouterLab(null, RosVersion.DEFAULT, h1, h2, ike, natt, width);
  }

  private static Router router(String identity, String model, RosVersion version) {
    RouterOptions o = RouterOptions.defaults().withIdentity(identity).withClock(Clock.systemUTC())
        .withVersion(version);
    return new Router(model == null ? o : o.withModel(model));
  }

  private static Console console(Router r, int width) {
    return r.openConsole(r.sessionFor("admin", "local", "").orElseThrow(), width, 24);
  }

  /**
   * Configures both sides with proposal {@code enc}/{@code auth} and {@code lifetime}, then starts both engines.
   */
  void up(String enc, String auth, String lifetime) throws Exception {
    configureBoth(enc, auth, lifetime);
    start();
  }

  /** Starts the responder r2's engine, then the initiator r1's. */
  void start() throws Exception {
    r2.ipsec().start(InetAddress.getByName(h2), ike, natt);
    r1.ipsec().start(InetAddress.getByName(h1), ike, natt);
  }

  /** Configures both sides as {@link #up} does without starting the engines (for tests that start them apart). */
  void configureBoth(String enc, String auth, String lifetime) {
    configure(c1, "10.1.0.0/24", "10.2.0.0/24", h2, "r1", "r2", false, enc, auth, lifetime);
    configure(c2, "10.2.0.0/24", "10.1.0.0/24", h1, "r2", "r1", true, enc, auth, lifetime);
  }

  private static void configure(Console c, String local, String remote, String peerAddr, String me, String them,
      boolean passive, String enc, String auth, String lifetime) {
    ok(c, "/ip address add address=" + local.replace(".0/24", ".1/24") + " interface=ether2");
    ok(c, "/ip ipsec profile set default hash-algorithm=sha256 enc-algorithm=aes-256 dh-group=modp2048");
    ok(c, "/ip ipsec proposal set default auth-algorithms=" + auth + " enc-algorithms=" + enc
        + " pfs-group=none lifetime=" + lifetime);
    ok(c, "/ip ipsec peer add name=" + them + " address=" + peerAddr + "/32 exchange-mode=ike2"
        + (passive ? " passive=yes" : ""));
    ok(c, "/ip ipsec identity add peer=" + them + " secret=lab-secret my-id=fqdn:" + me + ".test remote-id=fqdn:"
        + them + ".test");
    ok(c, "/ip ipsec policy add peer=" + them + " tunnel=yes src-address=" + local + " dst-address=" + remote);
  }

  static List<String> run(Console c, String line) {
    return c.execute(line).stream().map(String::stripTrailing).toList();
  }

  static void ok(Console c, String line) {
    List<String> out = run(c, line);
    assertTrue(out.isEmpty(), line + " -> " + out);
  }

  static void await(String what, long millis, BooleanSupplier cond) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (!cond.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }

  /** The SPIs of {@code installed-sa print}, in row order. */
  static List<String> spis(Console c) {
    List<String> out = new ArrayList<>();
    for (String l : run(c, "/ip ipsec installed-sa print")) {
      Matcher m = SPI.matcher(l);
      if (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  /** Waits until each side shows one SA pair, crosswise. */
  void awaitTunnel() throws InterruptedException {
    await("two SAs per side", 15000, () -> spis(c1).size() == 2 && spis(c2).size() == 2);
  }

  /** Asserts that r1's outbound SPI is r2's inbound one and the other way round. */
  void assertSpisCrosswise() {
    List<String> a = spis(c1);
    List<String> b = spis(c2);
    assertEquals(a.get(0), b.get(1));
    assertEquals(a.get(1), b.get(0));
  }

  /** The sum of {@code current-packets} over {@code installed-sa print detail}. */
  static long packets(Console c) {
    long sum = 0;
    Matcher m = Pattern.compile("current-packets=(\\d+)")
        .matcher(String.join(" ", run(c, "/ip ipsec installed-sa print detail")));
    while (m.find()) {
      sum += Long.parseLong(m.group(1));
    }
    return sum;
  }

  /** Pings 10.2.0.1 from 10.1.0.1 on r1's console; returns the summary line. */
  String ping(int count) {
    List<String> out = run(c1, "/ping 10.2.0.1 src-address=10.1.0.1 count=" + count + " interval=100ms");
    return out.get(out.size() - 1);
  }

  @Override
  public void close() {
    r1.ipsec().stop();
    r2.ipsec().stop();
  }
}
