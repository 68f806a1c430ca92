package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * node-routeros 1.6.9 (npm) against the binary API: scenario S8 of routeros-api.md §5 (tagged login, add, print with
 * queries and {@code .proplist}, set, traps, a {@code listen} stream stopped with {@code /cancel}, the {@code #}
 * keep-alive, remove, wrong password). The package is installed from the npm registry into a temporary directory
 * from {@code e2e/node/package.json}; the tests are skipped when node, npm or the registry is unavailable. The
 * checks are in {@code e2e/node/s8.js}.
 */
class NodeRouterosClientTest {
  private static Path dir;
  private static String skipReason = "not installed yet";

  @BeforeAll
  static void install() throws Exception {
    if (!Tools.present("/usr/bin/node") || !Tools.present("/usr/bin/npm")) {
      skipReason = "node or npm not installed";
      return;
    }
    Path d = Files.createTempDirectory("node-routeros");
    Files.copy(Tools.resource("node/package.json"), d.resolve("package.json"));
    Files.copy(Tools.resource("node/s8.js"), d.resolve("s8.js"));
    Tools.Result r = Tools.run(List.of("/usr/bin/npm", "--prefix", d.toString(), "install", "--no-audit", "--no-fund",
        "--no-update-notifier", "--fetch-timeout=30000", "--fetch-retries=1"), 180);
    if (r.exit() != 0 || !Files.isDirectory(d.resolve("node_modules/node-routeros"))) {
      skipReason = "npm install node-routeros failed (registry unavailable?):\n" + r.out();
      return;
    }
    dir = d;
  }

  private static Tools.Result s8(Emulator emu, String mode) throws Exception {
    return Tools.run(List.of("/usr/bin/node", dir.resolve("s8.js").toString(), Integer.toString(emu.apiPort), "pw",
        mode), 90);
  }

  @Test
  void scenarioS8OnTheDefaultVersion() throws Exception {
    assumeTrue(dir != null, skipReason);
    try (Emulator emu = Emulator.start("--admin-password", "pw")) {
      Tools.Result r = s8(emu, "empty-reply");
      assertEquals(0, r.exit(), r.out());
      assertTrue(r.out().contains("!empty crashes node-routeros 1.6.9 as on a real router: \"UNKNOWNREPLY\""),
          r.out());
      assertTrue(r.out().trim().endsWith("S8 OK"), r.out());
    }
  }

  @Test
  void scenarioS8BeforeEmptyReplies() throws Exception {
    assumeTrue(dir != null, skipReason);
    try (Emulator emu = Emulator.start("--admin-password", "pw", "--version", "7.16.2")) {
      Tools.Result r = s8(emu, "empty-is-done");
      assertEquals(0, r.exit(), r.out());
      assertTrue(r.out().contains("print after remove: []"), r.out());
      assertTrue(r.out().trim().endsWith("S8 OK"), r.out());
    }
  }
}
