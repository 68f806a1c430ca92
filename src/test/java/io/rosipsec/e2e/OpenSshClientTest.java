package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real OpenSSH client against the emulator: exec mode, a pty session, and a key imported with ssh-keys. */
class OpenSshClientTest {
  static Emulator emu;

  @BeforeAll
  static void start() {
    assumeTrue(Tools.present("/usr/bin/ssh") && Tools.present("/usr/bin/sshpass"), "OpenSSH and sshpass needed");
    emu = Emulator.start("--admin-password", "pw");
  }

  @AfterAll
  static void stop() {
    if (emu != null) {
      emu.close();
    }
  }

  private List<String> ssh(String user, String... rest) {
    List<String> cmd = new ArrayList<>(List.of("/usr/bin/sshpass", "-p", "pw", "/usr/bin/ssh", "-p",
        Integer.toString(emu.sshPort), "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
        "-o", "LogLevel=ERROR", "-o", "PubkeyAuthentication=no", user + "@127.0.0.1"));
    cmd.addAll(List.of(rest));
    return cmd;
  }

  @Test
  void execRunsCommandsAndReturnsCrlfLines() throws Exception {
    Tools.Result r = Tools.run(ssh("admin", "/ip ipsec profile print; :put done"), 30);
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().contains("name=\"default\" hash-algorithm=sha1"), r.out());
    assertTrue(r.out().contains("\r\n"), "CRLF line ends");
    assertTrue(r.out().trim().endsWith("done"), r.out());
    assertTrue(!r.out().contains("MMM"), "no banner in exec mode");
  }

  @Test
  void badCommandsAnswerWithRouterOsErrors() throws Exception {
    Tools.Result r = Tools.run(ssh("admin", "/ip ipsec bogus print"), 30);
    assertTrue(r.out().contains("bad command name bogus (line 1 column 11)"), r.out());
  }

  @Test
  void wrongPasswordIsRefused() throws Exception {
    List<String> cmd = ssh("admin", "/system identity print");
    cmd.set(2, "wrong");
    Tools.Result r = Tools.run(cmd, 30);
    assertTrue(r.exit() != 0, r.out());
  }

  @Test
  void ptySessionShowsBannerAndPrompt() throws Exception {
    List<String> cmd = ssh("admin+ct", "-tt");
    // A pty session reading its commands from a here-string: the prompt comes back after the command.
    List<String> sh = List.of("/bin/sh", "-c", String.join(" ", quote(cmd))
        + " <<'EOF'\n/system identity print\n/quit\nEOF\n");
    Tools.Result r = Tools.run(sh, 30);
    assertTrue(r.out().contains("MikroTik RouterOS"), r.out());
    assertTrue(r.out().contains("[admin@MikroTik] > "), r.out());
    assertTrue(r.out().contains("name: MikroTik"), r.out());
  }

  @Test
  void keyImportedWithSshKeysLogsIn() throws Exception {
    assumeTrue(Tools.present("/usr/bin/ssh-keygen"));
    // A user with keys can no longer log in by password (RouterOS 7): use a router of its own.
    Emulator shared = emu;
    emu = Emulator.start("--admin-password", "pw");
    try {
      importAndLogIn();
    } finally {
      emu.close();
      emu = shared;
    }
  }

  private void importAndLogIn() throws Exception {
    Path dir = Files.createTempDirectory("keys");
    Path key = dir.resolve("id_rsa");
    Tools.Result g = Tools.run(List.of("/usr/bin/ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", "", "-f",
        key.toString(), "-C", "e2e@test"), 60);
    assertEquals(0, g.exit(), g.out());
    String pub = Files.readString(dir.resolve("id_rsa.pub")).trim();
    Tools.Result add = Tools.run(ssh("admin", "/file add name=e2e.pub contents=\"" + pub + "\";"
        + " /user ssh-keys import public-key-file=e2e.pub user=admin"), 30);
    assertEquals(0, add.exit(), add.out());
    Tools.Result r = Tools.run(List.of("/usr/bin/ssh", "-p", Integer.toString(emu.sshPort), "-i", key.toString(),
        "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
        "-o", "PasswordAuthentication=no", "-o", "BatchMode=yes", "admin@127.0.0.1", "/user ssh-keys print"), 30);
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().contains("e2e@test"), r.out());
  }

  private static List<String> quote(List<String> cmd) {
    List<String> q = new ArrayList<>();
    for (String c : cmd) {
      q.add("'" + c.replace("'", "'\\''") + "'");
    }
    return q;
  }
}
