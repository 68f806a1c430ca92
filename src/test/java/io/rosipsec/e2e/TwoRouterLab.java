package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two emulators started with the launcher on two loopback addresses, r1 and r2 (their identities too), sharing one
 * free IKE/NAT-T UDP port pair that stands for 500/4500, admin password {@value #PASSWORD}, each driven over SSH exec
 * by a {@link RouterSsh} ({@link #s1}, {@link #s2}). Closing it closes the SSH clients and stops both emulators.
 */
final class TwoRouterLab implements AutoCloseable {
  static final String PASSWORD = "pw";
  private static final Pattern SPI = Pattern.compile("0x[0-9A-F]+");
  private static final Pattern CURRENT_PACKETS = Pattern.compile("current-packets=(\\d+)");

  final Emulator r1;
  final Emulator r2;
  final RouterSsh s1;
  final RouterSsh s2;
  private boolean r2Stopped;

  private TwoRouterLab(Emulator r1, RouterSsh s1, Emulator r2, RouterSsh s2) {
    this.r1 = r1;
    this.s1 = s1;
    this.r2 = r2;
    this.s2 = s2;
  }

  /** Starts r1 on {@code h1} and r2 on {@code h2}; stops what it started if a step fails. */
  static TwoRouterLab start(String h1, String h2) throws Exception {
    String ike = Integer.toString(Emulator.freeUdpPort());
    String natT = Integer.toString(Emulator.freeUdpPort());
    Emulator r1 = Emulator.start("--bind", h1, "--identity", "r1", "--admin-password", PASSWORD, "--ike-port", ike,
        "--nat-t-port", natT);
    try {
      Emulator r2 = Emulator.start("--bind", h2, "--identity", "r2", "--admin-password", PASSWORD, "--ike-port",
          ike, "--nat-t-port", natT);
      return new TwoRouterLab(r1, new RouterSsh(h1, r1.sshPort, PASSWORD), r2,
          new RouterSsh(h2, r2.sshPort, PASSWORD));
    } catch (RuntimeException | Error e) {
      r1.close();
      throw e;
    }
  }

  /** Stops r2 (its SSH client and every listener) while r1 keeps running; once only. */
  void stopR2() {
    if (r2Stopped) {
      return;
    }
    r2Stopped = true;
    try {
      s2.close();
    } finally {
      r2.close();
    }
  }

  /** The SPIs ({@code 0x...}, the first of a line) of {@code installed-sa print} output, in row order. */
  static List<String> spis(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      Matcher m = SPI.matcher(l);
      if (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  /** The sum of every {@code current-packets=} of {@code installed-sa print detail} output. */
  static long currentPackets(String detail) {
    Matcher m = CURRENT_PACKETS.matcher(detail);
    long sum = 0;
    while (m.find()) {
      sum += Long.parseLong(m.group(1));
    }
    return sum;
  }

  /**
   * Waits (at most {@code limit} a side) until each side's {@code installed-sa print} lists one SA pair, then asserts
   * r1's outbound SPI is r2's inbound one and the other way round.
   */
  void awaitSpisCrosswise(Duration limit) throws Exception {
    String print = "/ip ipsec installed-sa print";
    List<String> a = spis(s1.await(print, limit, l -> spis(l).size() == 2));
    List<String> b = spis(s2.await(print, limit, l -> spis(l).size() == 2));
    assertEquals(a.get(0), b.get(1));
    assertEquals(a.get(1), b.get(0));
  }

  @Override
  public void close() {
    try {
      s1.close();
    } finally {
      try {
        stopR2();
      } finally {
        r1.close();
      }
    }
  }
}
