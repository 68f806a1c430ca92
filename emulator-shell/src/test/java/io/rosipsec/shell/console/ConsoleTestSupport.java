package io.rosipsec.shell.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rosipsec.menu.RosVersion;
import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A router on a fixed clock and a console of the full-rights admin, with helpers to run lines. */
class ConsoleTestSupport {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

  static Router router(String version) {
    return new Router(RouterOptions.defaults().withVersion(RosVersion.parse(version)).withClock(CLOCK));
  }

  static Console console(Router r) {
    return r.openConsole(r.sessionFor("admin", "local", "").orElseThrow(), 80, 24);
  }

  static Console console() {
    return console(router("7.20.8"));
  }

  /** Runs a line that must print nothing (RouterOS prints nothing on success of set/add/remove...). */
  static void ok(Console c, String line) {
    assertEquals(List.of(), c.execute(line), line);
  }

  static String text(Console c, String line) {
    return String.join("\n", c.execute(line));
  }

  static Session admin(Router r) {
    return r.sessionFor("admin", "local", "").orElseThrow();
  }
}
