package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ansible's community.routeros command and facts modules over network_cli, on a non-default port. */
class AnsibleClientTest {
  @Test
  void playbookRunsAgainstTheEmulator() throws Exception {
    assumeTrue(Tools.present("/usr/bin/ansible-playbook"), "ansible not installed");
    try (Emulator emu = Emulator.start("--admin-password", "pw")) {
      Path inv = Files.createTempFile("inventory", ".ini");
      Files.writeString(inv, String.join("\n",
          "[router]",
          "emu ansible_host=127.0.0.1 ansible_port=" + emu.sshPort
              + " ansible_connection=ansible.netcommon.network_cli"
              + " ansible_network_os=community.routeros.routeros ansible_user=admin ansible_password=pw"
              + " ansible_network_cli_ssh_type=paramiko ansible_python_interpreter=/usr/bin/python3",
          ""));
      Tools.Result r = Tools.run(List.of("/usr/bin/ansible-playbook", "-i", inv.toString(),
          Tools.resource("ansible_playbook.yml").toString()), 300);
      assertEquals(0, r.exit(), r.out());
    }
  }
}
