package io.rosipsec.e2e;

import io.rosipsec.api.launcher.Launcher;
import io.rosipsec.api.launcher.LauncherOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An emulator started the way a user starts it (the launcher's main path, in-process) on 127.0.0.1 with free TCP
 * ports and a fresh data directory. Closing it stops every listener.
 */
final class Emulator implements AutoCloseable {
  final Launcher launcher;
  final int sshPort;
  final int apiPort;
  final int apiSslPort;
  /** The REST (www) port {@link #start} chose; a {@code --www-port} among the extra arguments overrides it. */
  final int wwwPort;
  final Path dataDir;

  private Emulator(Launcher launcher, int sshPort, int apiPort, int apiSslPort, int wwwPort, Path dataDir) {
    this.launcher = launcher;
    this.sshPort = sshPort;
    this.apiPort = apiPort;
    this.apiSslPort = apiSslPort;
    this.wwwPort = wwwPort;
    this.dataDir = dataDir;
  }

  static Emulator start(String... extra) {
    try {
      Path dir = Files.createTempDirectory("ros-e2e");
      int ssh = freePort();
      int api = freePort();
      int apiSsl = freePort();
      int www = freePort();
      List<String> args = new ArrayList<>(List.of("--bind", "127.0.0.1", "--data-dir", dir.toString(),
          "--ssh-port", Integer.toString(ssh), "--api-port", Integer.toString(api),
          "--api-ssl-port", Integer.toString(apiSsl), "--www-port", Integer.toString(www),
          "--www-ssl-port", Integer.toString(freePort()), "--ike-port", Integer.toString(freeUdpPort()),
          "--nat-t-port", Integer.toString(freeUdpPort())));
      args.addAll(List.of(extra));
      Launcher l = Launcher.start(LauncherOptions.parse(args.toArray(String[]::new)));
      return new Emulator(l, ssh, api, apiSsl, www, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress("127.0.0.1", 0));
      return s.getLocalPort();
    }
  }

  /** A UDP port free on 127.0.0.1 now (for the IKE and NAT-T sockets). */
  static int freeUdpPort() throws IOException {
    try (java.net.DatagramSocket s = new java.net.DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    launcher.stop();
  }
}
