package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * community.routeros 2.8.2's API modules ({@code api}, {@code api_info}, {@code api_modify}, {@code
 * api_find_and_modify}, and {@code api_facts}; they use librouteros) against the binary API: scenarios S1, S2 and S4
 * of routeros-api.md §5.
 * The playbook asserts the values and {@code changed} flags (S1's second run must not change anything); this test
 * checks it ran to the end with no failed task, over plain {@code api} and over {@code api-ssl}.
 */
class AnsibleApiClientTest {
  private static final Pattern RECAP = Pattern.compile("emu\\s*:\\s*ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=(\\d+)"
      + "\\s+failed=(\\d+)\\s+skipped=(\\d+)\\s+rescued=(\\d+)\\s+ignored=(\\d+)");

  static boolean ansibleWithRouterosPresent() throws Exception {
    if (!Tools.present("/usr/bin/ansible-playbook") || !LibrouterosClientTest.librouterosPresent()) {
      return false;
    }
    Tools.Result r = Tools.run(List.of("/usr/bin/ansible-doc", "-t", "module", "-l", "community.routeros"), 120);
    return r.exit() == 0 && r.out().contains("community.routeros.api_modify");
  }

  private static Tools.Result play(int port, boolean tls) throws Exception {
    Path inv = Files.createTempFile("inventory", ".ini");
    Files.writeString(inv, String.join("\n",
        "[router]",
        "emu ansible_connection=local ansible_python_interpreter=/usr/bin/python3 api_port=" + port
            + " api_password=pw api_tls=" + tls,
        ""));
    return Tools.run(List.of("/usr/bin/ansible-playbook", "-i", inv.toString(),
        Tools.resource("ansible_api_playbook.yml").toString()), 300);
  }

  private static void assertRecap(Tools.Result r) {
    assertEquals(0, r.exit(), r.out());
    Matcher m = RECAP.matcher(r.out());
    assertTrue(m.find(), r.out());
    assertEquals("0", m.group(3), "unreachable\n" + r.out());
    assertEquals("0", m.group(4), "failed\n" + r.out());
    // The four expected failures (bad profile, missing item, unknown menu, removing the default profile).
    assertEquals("4", m.group(7), "ignored\n" + r.out());
    assertTrue(r.out().contains("All assertions passed"), r.out());
  }

  @Test
  void scenariosS1S2S4OverApi() throws Exception {
    assumeTrue(ansibleWithRouterosPresent(), "ansible with community.routeros not installed");
    try (Emulator emu = Emulator.start("--admin-password", "pw")) {
      assertRecap(play(emu.apiPort, false));
      // The playbook cleans up after itself: a second run sees the same router state as the first.
      assertRecap(play(emu.apiPort, false));
    }
  }

  @Test
  void scenariosS1S2S4OverApiSsl() throws Exception {
    assumeTrue(ansibleWithRouterosPresent(), "ansible with community.routeros not installed");
    try (Emulator emu = Emulator.start("--admin-password", "pw")) {
      assertRecap(play(emu.apiSslPort, true));
    }
  }
}
