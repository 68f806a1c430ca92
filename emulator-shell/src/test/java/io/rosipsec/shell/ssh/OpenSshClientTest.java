package io.rosipsec.shell.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real OpenSSH client against the emulator (skipped when {@code ssh}/{@code ssh-keygen} are missing): key made
 * by {@code ssh-keygen}, stored in {@code /user ssh-keys}, then exec and an interactive session with a forced pty.
 */
class OpenSshClientTest {
  private static final Path SSH = Path.of("/usr/bin/ssh");
  private static final Path KEYGEN = Path.of("/usr/bin/ssh-keygen");

  @TempDir Path dir;
  private Router router;
  private SshFrontEnd ssh;
  private Path key;

  @BeforeEach
  void start() throws Exception {
    assumeTrue(Files.isExecutable(SSH) && Files.isExecutable(KEYGEN), "OpenSSH client not installed");
    router = new Router(RouterOptions.defaults());
    ssh = new SshFrontEnd(router, "127.0.0.1", 0, TestHostKey.file());
    ssh.start();
    key = dir.resolve("id_rsa");
    Result gen = run(List.of(KEYGEN.toString(), "-q", "-t", "rsa", "-b", "2048", "-N", "", "-C", "test@emu",
        "-f", key.toString()), "");
    assertEquals(0, gen.code, gen.out);
    String pub = Files.readString(dir.resolve("id_rsa.pub"), StandardCharsets.US_ASCII).trim();
    router.menus().add(Session.SYSTEM, "/user/ssh-keys", Map.of("user", "admin", "key", pub));
  }

  @AfterEach
  void stop() throws Exception {
    if (ssh != null) {
      ssh.stop();
    }
  }

  private List<String> ssh(String login, boolean tty, String... command) {
    List<String> cmd = new ArrayList<>(List.of(SSH.toString(), "-F", "/dev/null", "-i", key.toString(),
        "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
        "-o", "IdentitiesOnly=yes", "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=10",
        "-p", String.valueOf(ssh.port())));
    if (tty) {
      cmd.add("-tt");
    }
    cmd.add(login + "@127.0.0.1");
    cmd.addAll(List.of(command));
    return cmd;
  }

  @Test
  void execWithAKeyFromSshKeygen() throws Exception {
    Result r = run(ssh("admin", false, "/system identity print; :put 1;:put 2"), "");
    assertEquals(0, r.code, r.out);
    assertTrue(r.out.startsWith("  name: MikroTik\r\n"), r.out);
    assertTrue(r.out.contains("name: MikroTik\r\n") && r.out.endsWith("1\r\n2\r\n"), r.out);
    Result peers = run(ssh("admin", false, "/ip ipsec peer print"), "");
    assertEquals(0, peers.code, peers.out);
    String log = router.log().rows().toString();
    assertTrue(log.contains("user admin logged in from 127.0.0.1 via ssh"), log);
  }

  @Test
  void interactiveWithForcedPty() throws Exception {
    Result r = run(ssh("admin+ct", true), "/system identity set name=R1\r:put hello\rquit\r");
    assertTrue(r.out.contains("Press F1 for help"), r.out);
    assertTrue(r.out.contains("[admin@R1] > "), r.out);
    assertTrue(r.out.contains("\r\nhello\r\n"), r.out);
    assertEquals("R1", router.identity());
  }

  private record Result(int code, String out) {}

  private static Result run(List<String> cmd, String input) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    Process p = pb.start();
    Thread writer = new Thread(() -> {
      try {
        Thread.sleep(input.isEmpty() ? 0 : 1500);
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        if (!input.isEmpty()) {
          Thread.sleep(1500);
        }
        p.getOutputStream().close();
      } catch (IOException | InterruptedException e) {
        // the process ended first
      }
    });
    writer.setDaemon(true);
    writer.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("ssh did not finish");
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
