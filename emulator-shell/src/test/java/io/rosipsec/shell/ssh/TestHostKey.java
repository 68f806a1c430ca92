package io.rosipsec.shell.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One host key file shared by the SSH tests of a JVM, so each server start does not generate a new RSA key. */
final class TestHostKey {
  private static Path file;

  private TestHostKey() {}

  static synchronized Path file() {
    if (file == null) {
      try {
        Path dir = Files.createTempDirectory("ros-ssh-test");
        dir.toFile().deleteOnExit();
        file = dir.resolve("host-key.ser");
        file.toFile().deleteOnExit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }
}
