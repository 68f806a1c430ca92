package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Debian's librouteros 3.1.0 against the binary API: scenario S3 of routeros-api.md §5 (login, {@code
 * path('/ip/ipsec/peer')} add/update/select/remove, typed queries, traps, legacy login refused, api-ssl). The
 * checks themselves are in {@code e2e/librouteros_s3.py}; every value read back is compared there.
 */
class LibrouterosClientTest {
  static boolean librouterosPresent() throws Exception {
    if (!Tools.present(Tools.PYTHON.toString())) {
      return false;
    }
    return Tools.run(List.of(Tools.PYTHON.toString(), "-c", "import librouteros"), 30).exit() == 0;
  }

  @Test
  void scenarioS3() throws Exception {
    assumeTrue(librouterosPresent(), "python3-librouteros not installed");
    try (Emulator emu = Emulator.start("--admin-password", "pw")) {
      Tools.Result r = Tools.run(List.of(Tools.PYTHON.toString(), "-u", Tools.resource("librouteros_s3.py").toString(),
          Integer.toString(emu.apiPort), "pw", Integer.toString(emu.apiSslPort)), 120);
      assertEquals(0, r.exit(), r.out());
      assertTrue(r.out().contains("duplicate name: failure: already have such name"), r.out());
      assertTrue(r.out().trim().endsWith("S3 OK"), r.out());
    }
  }

  @Test
  void scenarioS3OnAVersionWithoutEmptyReply() throws Exception {
    assumeTrue(librouterosPresent(), "python3-librouteros not installed");
    try (Emulator emu = Emulator.start("--admin-password", "", "--version", "7.16.2")) {
      Tools.Result r = Tools.run(List.of(Tools.PYTHON.toString(), "-u", Tools.resource("librouteros_s3.py").toString(),
          Integer.toString(emu.apiPort), ""), 120);
      assertEquals(0, r.exit(), r.out());
      assertTrue(r.out().trim().endsWith("S3 OK"), r.out());
    }
  }
}
