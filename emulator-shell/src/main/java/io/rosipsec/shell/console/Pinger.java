package io.rosipsec.shell.console;

import io.rosipsec.ipsec.EchoResult;
import io.rosipsec.menu.RosTime;
import io.rosipsec.shell.console.script.NilValue;
import io.rosipsec.shell.console.script.RosValue;
import io.rosipsec.shell.console.script.ScriptException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

/**
 * The root {@code /ping} command (RouterOS {@code /tool ping}, routeros-cli.md §6.11). The emulated router has no
 * interfaces of its own, so the echo requests travel only through its IPsec tunnels: the engine sends them through
 * the SA whose policy covers {@code src-address → address} and the peer answers for its own {@code /ip address}es;
 * without such an SA every request times out. Output, column for column:
 *
 * <pre>
 *   SEQ HOST                                     SIZE TTL TIME       STATUS
 *     0 10.2.0.1                                   56  64 1ms594us
 *     1 10.2.0.99                                                    timeout
 *     sent=2 received=1 packet-loss=50% min-rtt=1ms594us avg-rtt=1ms594us max-rtt=1ms594us
 * </pre>
 *
 * Times print as {@code 107us}/{@code 1ms594us} on 7.x and as whole milliseconds ({@code 11ms}) on 6.x. On a device
 * {@code /ping} without {@code count} runs until Ctrl-C; this console cannot be interrupted yet, so it stops after
 * {@value #DEFAULT_COUNT} requests. {@code interface}, {@code vrf}, {@code routing-table}, {@code arp-ping},
 * {@code do-not-fragment} and {@code dscp} are accepted and have no effect; {@code ttl} only sets the sent TTL's
 * upper bound on a device and is ignored here.
 */
final class Pinger {
  /** Requests sent when {@code count} is not given (see the class comment). */
  static final int DEFAULT_COUNT = 4;
  /** Arguments of {@code /tool ping} in the 7.x inspect tree, as the root command takes them. */
  static final List<String> ARGS = List.of("address", "arp-ping", "count", "do-not-fragment", "dscp", "interface",
      "interval", "routing-table", "size", "src-address", "ttl", "vrf");

  private final Console console;

  Pinger(Console console) {
    this.console = console;
  }

  RosValue run(Invocation inv) throws ScriptException {
    String target = inv.named.containsKey("address") ? Commands.str(inv.named.get("address"))
        : inv.positional.isEmpty() ? null : Commands.str(inv.positional.get(0));
    if (target == null || target.isEmpty()) {
      throw new ScriptException("missing value(s) of argument(s) address");
    }
    InetAddress dst = literal(target);
    if (dst == null) {
      throw new ScriptException("failure: resolve failed");
    }
    InetAddress src = null;
    if (inv.named.containsKey("src-address")) {
      src = literal(Commands.str(inv.named.get("src-address")));
      if (src == null) {
        throw new ScriptException("invalid value for argument src-address");
      }
    }
    int count = number(inv, "count", DEFAULT_COUNT, 1, Integer.MAX_VALUE);
    int size = number(inv, "size", 56, 28, 65535);
    Duration interval = Duration.ofSeconds(1);
    if (inv.named.containsKey("interval")) {
      try {
        interval = Duration.ofNanos(RosTime.parse(Commands.str(inv.named.get("interval"))));
      } catch (IllegalArgumentException e) {
        throw new ScriptException("invalid value for argument interval");
      }
      if (interval.compareTo(Duration.ofMillis(10)) < 0 || interval.compareTo(Duration.ofSeconds(5)) > 0) {
        throw new ScriptException("invalid value for argument interval");
      }
    }
    List<String> out = console.output();
    out.add(String.format("%5s %-40s %4s %3s %-10s %s", "SEQ", "HOST", "SIZE", "TTL", "TIME", "STATUS"));
    boolean micro = console.router().version().atLeast("7.0");
    long[] stats = {0, Long.MAX_VALUE, 0, 0}; // received, min, max, sum (nanos)
    try {
      console.router().ipsec().ping(src, dst, count, size, interval, r -> {
        out.add(row(r, micro));
        if (r.replied()) {
          long n = r.rtt().toNanos();
          stats[0]++;
          stats[1] = Math.min(stats[1], n);
          stats[2] = Math.max(stats[2], n);
          stats[3] += n;
        }
      });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ScriptException("interrupted");
    }
    long received = stats[0];
    StringBuilder sum = new StringBuilder("    sent=" + count + " received=" + received + " packet-loss="
        + (count - received) * 100 / count + "%");
    if (received > 0) {
      sum.append(" min-rtt=").append(rtt(stats[1], micro)).append(" avg-rtt=")
          .append(rtt(stats[3] / received, micro)).append(" max-rtt=").append(rtt(stats[2], micro));
    }
    out.add(sum.toString());
    return NilValue.NOTHING;
  }

  private static String row(EchoResult r, boolean micro) {
    String host = r.host().getHostAddress();
    if (!r.replied()) {
      return String.format("%5d %-40s %4s %3s %-10s %s", r.sequence(), host, "", "", "", "timeout");
    }
    return String.format("%5d %-40s %4d %3d %s", r.sequence(), host, r.size(), r.ttl(), rtt(r.rtt().toNanos(), micro));
  }

  /** {@code 10ms469us} (7.x, microseconds) or {@code 11ms} (6.x). */
  static String rtt(long nanos, boolean micro) {
    long unit = micro ? 1_000L : 1_000_000L;
    long truncated = nanos / unit * unit;
    return truncated == 0 ? (micro ? "0us" : "0ms") : RosTime.formatCompact(truncated);
  }

  private static int number(Invocation inv, String name, int dflt, int min, int max) throws ScriptException {
    if (!inv.named.containsKey(name)) {
      return dflt;
    }
    try {
      long v = Long.parseLong(Commands.str(inv.named.get(name)).trim());
      if (v < min || v > max) {
        throw new ScriptException("invalid value for argument " + name);
      }
      return (int) v;
    } catch (NumberFormatException e) {
      throw new ScriptException("invalid value for argument " + name);
    }
  }

  private static InetAddress literal(String text) {
    String t = text.trim();
    if (!t.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") && !(t.contains(":") && t.matches("[0-9a-fA-F:.]+"))) {
      return null;
    }
    try {
      return InetAddress.getByName(t);
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
