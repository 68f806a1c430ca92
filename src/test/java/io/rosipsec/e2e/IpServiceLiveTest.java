package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /ip service} governs the listeners live: a set over the API rebinds, disables or restricts a service. */
class IpServiceLiveTest {

  private static void waitUntil(java.util.function.BooleanSupplier cond) throws InterruptedException {
    for (int i = 0; i < 100 && !cond.getAsBoolean(); i++) {
      Thread.sleep(50);
    }
    assertTrue(cond.getAsBoolean(), "condition not reached in 5 s");
  }

  private static boolean apiAnswers(int port) {
    try (RawApi a = RawApi.login(port, "pw")) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void setPortDisableAndAddressTakeEffectWithoutRestart() throws Exception {
    try (Emulator emu = Emulator.start("--admin-password", "pw")) {
      int newPort = Emulator.freePort();
      try (RawApi a = RawApi.login(emu.apiPort, "pw")) {
        assertEquals(List.of(List.of("!done")), a.call("/ip/service/set", "=numbers=api", "=port=" + newPort));
      }
      // The old listener closes with its connections right after the reply (whether RouterOS keeps the session that
      // moved the port is unverified), so the new value is read back over the new port.
      waitUntil(() -> apiAnswers(newPort));
      try (RawApi a = RawApi.login(newPort, "pw")) {
        assertTrue(a.call("/ip/service/print", "?name=api").get(0).contains("=port=" + newPort));
      }
      waitUntil(() -> !apiAnswers(emu.apiPort));
      assertThrows(ConnectException.class, () -> new RawApi(emu.apiPort).close());

      try (RawApi a = RawApi.login(newPort, "pw")) {
        a.call("/ip/service/set", "=numbers=api", "=address=192.0.2.0/24");
      }
      waitUntil(() -> !apiAnswers(newPort));
      try (RawApi other = new RawApi(newPort)) {
        assertTrue(other.closedByServer(), "a client outside the allowed networks is closed on accept");
      }
    }
  }
}
