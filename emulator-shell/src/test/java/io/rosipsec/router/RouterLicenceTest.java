package io.rosipsec.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.hw.LicenceLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The licence option: factory level by default, a CHR level on CHR, refused where the platform cannot carry it. */
class RouterLicenceTest {
  private static Router router(String model, String level) {
    return new Router(RouterOptions.defaults().withModel(model).withLicence(level));
  }

  private static String print(Router r) {
    List<String> out = r.openConsole(r.sessionFor("admin", "local", "").orElseThrow(), 120, 24)
        .execute("/system license print");
    return String.join("\n", out);
  }

  @Test
  void chrDefaultsToFreeAndTakesAPaidLevel() {
    assertEquals(LicenceLevel.CHR_FREE, router("CHR", null).licence());
    Router p10 = router("CHR", "p10");
    assertEquals(LicenceLevel.CHR_P10, p10.licence());
    assertTrue(print(p10).contains("level: p10"), print(p10));
  }

  @Test
  void routerboardKeepsItsNumberedLevel() {
    Router rb = router("RB1100AHx4", null);
    assertTrue(rb.licence().speedCapBitsPerSecond().isEmpty());
    assertTrue(print(rb).contains("nlevel: " + rb.licence().routerOsName()), print(rb));
  }

  @Test
  void impossibleLevelsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> router("RB1100AHx4", "p1"));
    assertTrue(e.getMessage().contains("not available"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> router("CHR", "gold"));
  }
}
