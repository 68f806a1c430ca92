package io.rosipsec.shell.ssh;

import io.rosipsec.router.Router;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * The SSH service of one emulated router (RouterOS API spec §4.1, CLI spec §1): an Apache MINA SSHD server that
 * identifies itself as {@code SSH-2.0-ROSSSH}, authenticates against {@code /user} and {@code /user ssh-keys}
 * ({@link RouterAuthenticator}) and serves interactive consoles ({@link ConsoleShellFactory}) and exec commands
 * ({@link ConsoleCommandFactory}). The RSA host key is generated on first start and kept in the given file, so
 * clients that check {@code known_hosts} see the same key after a restart; without a file it lives in memory.
 * Port 0 binds an ephemeral port, reported by {@link #port()} after {@link #start()}.
 */
public final class SshFrontEnd implements Closeable {
  /** The identification RouterOS sends (no software version). */
  public static final String IDENTIFICATION = "ROSSSH";

  private final Router router;
  private final String bindAddress;
  private final int requestedPort;
  private final Path hostKeyFile;
  private final ConsoleShellFactory shells;
  private ScheduledExecutorService timer;
  private RouterAuthenticator auth;
  private SshServer server;
  private int boundPort;
  private Duration failureDelay = Duration.ofMillis(1000);
  private boolean allowPasswordWithKeys;

  /**
   * @param bindAddress address to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
   * @param port TCP port, 0 for an ephemeral one
   * @param hostKeyFile where the host key is kept, null for an in-memory key
   */
  public SshFrontEnd(Router router, String bindAddress, int port, Path hostKeyFile) {
    this.router = router;
    this.bindAddress = bindAddress;
    this.requestedPort = port;
    this.hostKeyFile = hostKeyFile;
    this.shells = new ConsoleShellFactory(router);
  }

  /** Delay before a wrong password is refused (at most 2 s; default 1 s). */
  public synchronized SshFrontEnd failureDelay(Duration d) {
    this.failureDelay = d;
    if (auth != null) {
      auth.failureDelay(d);
    }
    return this;
  }

  /** How long an interactive session waits for terminal probe answers (at most 1 s; default 0.8 s). */
  public SshFrontEnd probeTimeout(Duration d) {
    shells.probeTimeout(d);
    return this;
  }

  /** RouterOS's {@code /ip ssh always-allow-password-login}: password logins for users that have SSH keys. */
  public synchronized SshFrontEnd allowPasswordWithKeys(boolean allow) {
    this.allowPasswordWithKeys = allow;
    if (auth != null) {
      auth.allowPasswordWithKeys(allow);
    }
    return this;
  }

  /** Starts listening; a no-op when already running. */
  public synchronized void start() throws IOException {
    if (server != null) {
      return;
    }
    ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread th = new Thread(r, "ssh-auth-delay");
      th.setDaemon(true);
      return th;
    });
    RouterAuthenticator a = new RouterAuthenticator(router, t);
    a.failureDelay(failureDelay);
    a.allowPasswordWithKeys(allowPasswordWithKeys);
    SshServer s = SshServer.setUpDefaultServer();
    s.setHost(bindAddress);
    s.setPort(requestedPort);
    s.setKeyPairProvider(hostKeys());
    s.setPasswordAuthenticator(a);
    s.setPublickeyAuthenticator(a);
    s.setKeyboardInteractiveAuthenticator(null);
    s.setGSSAuthenticator(null);
    s.setHostBasedAuthenticator(null);
    s.setShellFactory(shells);
    s.setCommandFactory(new ConsoleCommandFactory(router));
    CoreModuleProperties.SERVER_IDENTIFICATION.set(s, IDENTIFICATION);
    // /ip service ssh address=...: connections from elsewhere are closed as they are accepted.
    s.setIoServiceEventListener(new org.apache.sshd.common.io.IoServiceEventListener() {
      @Override
      public void connectionAccepted(
          org.apache.sshd.common.io.IoAcceptor acceptor, SocketAddress local, SocketAddress remote,
          SocketAddress service) throws IOException {
        if (remote instanceof InetSocketAddress r && !router.serviceAllows("ssh", r.getAddress())) {
          throw new IOException("address not allowed by /ip service ssh");
        }
      }
    });
    try {
      s.start();
    } catch (IOException | RuntimeException e) {
      t.shutdownNow();
      throw e;
    }
    this.boundPort = resolvePort(s);
    this.server = s;
    this.timer = t;
    this.auth = a;
  }

  private KeyPairProvider hostKeys() {
    SimpleGeneratorHostKeyProvider p =
        hostKeyFile == null ? new SimpleGeneratorHostKeyProvider() : new SimpleGeneratorHostKeyProvider(hostKeyFile);
    p.setAlgorithm("RSA");
    p.setKeySize(2048);
    return p;
  }

  private int resolvePort(SshServer s) {
    if (s.getPort() > 0) {
      return s.getPort();
    }
    List<SocketAddress> bound = List.copyOf(s.getBoundAddresses());
    for (SocketAddress b : bound) {
      if (b instanceof InetSocketAddress i) {
        return i.getPort();
      }
    }
    return requestedPort;
  }

  /** The TCP port the server listens on (the ephemeral one when started with port 0); 0 before start. */
  public synchronized int port() {
    return server == null ? 0 : boundPort;
  }

  public synchronized boolean isRunning() {
    return server != null && server.isOpen();
  }

  public Router router() {
    return router;
  }

  /** Stops listening and closes all sessions; a no-op when not running. */
  public synchronized void stop() throws IOException {
    if (server == null) {
      return;
    }
    try {
      server.stop(true);
    } finally {
      server = null;
      auth = null;
      boundPort = 0;
      timer.shutdownNow();
      timer = null;
    }
  }

  @Override
  public void close() throws IOException {
    stop();
  }
}
