package io.rosipsec.shell.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /ping} argument handling, time formats and output without any tunnel (routeros-cli.md §6.11). */
class PingCommandTest {
  private final Router router = new Router(RouterOptions.defaults());
  private final Console console = router.openConsole(router.sessionFor("admin", "local", "").orElseThrow(), 80, 24);

  private List<String> run(String line) {
    return console.execute(line).stream().map(String::stripTrailing).toList();
  }

  @Test
  void rttPrintsMicrosecondsOn7AndMillisecondsOn6() {
    assertEquals("10ms469us", Pinger.rtt(10_469_123L, true));
    assertEquals("107us", Pinger.rtt(107_400L, true));
    assertEquals("1ms", Pinger.rtt(1_000_900L, true));
    assertEquals("11ms", Pinger.rtt(11_500_000L, false));
    assertEquals("0ms", Pinger.rtt(400_000L, false));
  }

  @Test
  void withoutATunnelEveryRequestTimesOut() {
    List<String> out = run("/ping 10.9.9.9 count=2 interval=10ms");
    assertEquals(List.of(
        "  SEQ HOST                                     SIZE TTL TIME       STATUS",
        "    0 10.9.9.9                                                     timeout",
        "    1 10.9.9.9                                                     timeout",
        "    sent=2 received=0 packet-loss=100%"), out);
  }

  @Test
  void argumentErrorsUseRouterOsWording() {
    assertEquals(List.of("missing value(s) of argument(s) address"), run("/ping count=1"));
    assertEquals(List.of("failure: resolve failed"), run("/ping no.such.host count=1"));
    assertEquals(List.of("invalid value for argument count"), run("/ping 10.9.9.9 count=0"));
  }
}
