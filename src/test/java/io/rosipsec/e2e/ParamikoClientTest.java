package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** paramiko (Debian's python3-paramiko) drives an interactive channel and reads the prompt. */
class ParamikoClientTest {
  @Test
  void interactiveChannel() throws Exception {
    assumeTrue(Tools.present(Tools.PYTHON.toString()));
    Tools.Result probe = Tools.run(List.of(Tools.PYTHON.toString(), "-c", "import paramiko"), 30);
    assumeTrue(probe.exit() == 0, "python3-paramiko not installed");
    try (Emulator emu = Emulator.start("--admin-password", "pw")) {
      Tools.Result r = Tools.run(List.of(Tools.PYTHON.toString(), Tools.resource("paramiko_session.py").toString(),
          "127.0.0.1", Integer.toString(emu.sshPort), "pw"), 60);
      assertEquals(0, r.exit(), r.out());
    }
  }
}
