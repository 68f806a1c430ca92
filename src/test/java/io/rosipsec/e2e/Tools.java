package io.rosipsec.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real client programs of the tests (OpenSSH, Debian's Python 3, Ansible) with a bounded time. */
final class Tools {
  /** Debian's own Python 3: the Debian packages (paramiko, netmiko, librouteros) are installed for it. */
  static final Path PYTHON = Path.of("/usr/bin/python3");

  record Result(int exit, String out) {}

  static boolean present(String path) {
    return Files.isExecutable(Path.of(path));
  }

  static Result run(List<String> cmd, long timeoutSeconds) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("ANSIBLE_HOST_KEY_CHECKING", "False");
    pb.environment().put("ANSIBLE_NOCOLOR", "1");
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out;
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      out = p.getInputStream().readAllBytes();
      return new Result(-1, new String(out, StandardCharsets.UTF_8) + "\n[timed out]");
    }
    out = p.getInputStream().readAllBytes();
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  /** The text of a test resource script, written to a temporary file. */
  static Path resource(String name) throws IOException {
    Path f = Files.createTempFile("e2e", "-" + name.replace('/', '_'));
    try (var in = Tools.class.getResourceAsStream("/e2e/" + name)) {
      Files.write(f, in.readAllBytes());
    }
    return f;
  }
}
