package io.rosipsec.api.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code --licence LEVEL} and the {@code --emulate-throughput} flag (which takes no value). */
class LauncherOptionsLimitsTest {
  @Test
  void defaultsAreFactoryLevelAndNoEmulation() {
    LauncherOptions o = LauncherOptions.parse(new String[0]);
    assertNull(o.licence);
    assertFalse(o.emulateThroughput);
  }

  @Test
  void licenceAndFlagParse() {
    LauncherOptions o = LauncherOptions.parse(new String[] {"--model", "CHR", "--licence", "p1",
        "--emulate-throughput", "--identity", "lab"});
    assertEquals("p1", o.licence);
    assertTrue(o.emulateThroughput);
    assertEquals("lab", o.identity);
    assertEquals("free", LauncherOptions.parse(new String[] {"--license=free"}).licence);
    assertFalse(LauncherOptions.parse(new String[] {"--emulate-throughput=no"}).emulateThroughput);
    assertTrue(LauncherOptions.usage().contains("--emulate-throughput"));
  }
}
