package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** netmiko 2.4.2's mikrotik_routeros driver: send_command and send_config_set over SSH. */
class NetmikoClientTest {
  @Test
  void sendCommandAndConfigSet() throws Exception {
    Tools.Result probe = Tools.run(List.of(Tools.PYTHON.toString(), "-c", "import netmiko"), 30);
    assumeTrue(probe.exit() == 0, "python3-netmiko not installed");
    try (Emulator emu = Emulator.start("--admin-password", "pw")) {
      Tools.Result r = Tools.run(List.of(Tools.PYTHON.toString(), Tools.resource("netmiko_session.py").toString(),
          "127.0.0.1", Integer.toString(emu.sshPort), "pw"), 120);
      assertEquals(0, r.exit(), r.out());
    }
  }
}
