package io.rosipsec.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.shell.console.Console;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Menus a board lacks answer as RouterOS does; live clock values never reach export. */
class BoardMenusTest {
  private static Console console(String model) {
    Router r = new Router(RouterOptions.defaults().withModel(model));
    return r.openConsole(r.sessionFor("admin", "local", "").orElseThrow(), 80, 24);
  }

  @ParameterizedTest
  @ValueSource(strings = {"CHR", "x86"})
  void noRouterboardMenuOffRouterboards(String model) {
    assertEquals("bad command name routerboard (line 1 column 9)",
        String.join("", console(model).execute("/system routerboard print")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"RB1100AHx4", "CCR1036-8G-2S+"})
  void routerboardsHaveIt(String model) {
    assertTrue(String.join("\n", console(model).execute("/system routerboard print")).contains("routerboard: yes"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CHR", "RB1100AHx4"})
  void exportCarriesNoClockTime(String model) {
    Console c = console(model);
    assertFalse(String.join("\n", c.execute("/export")).contains("/system clock"));
    assertTrue(String.join("\n", c.execute("/system clock print")).contains("time: "));
  }
}
