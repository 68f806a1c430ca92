package io.rosipsec.shell.ssh;

import io.rosipsec.router.Router;
import java.time.Duration;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.shell.ShellFactory;

/**
 * MINA SSHD {@link ShellFactory} for interactive RouterOS consoles (design guideline 12): each {@code shell} request
 * gets a {@link ConsoleShell} on the router. The terminal probe timeout bounds how long a session waits for answers
 * to the capability probes of RouterOS CLI spec §1.3 before falling back to the pty size. Critical log lines not yet
 * shown by an earlier login of this router are printed after the banner.
 */
public final class ConsoleShellFactory implements ShellFactory {
  private final Router router;
  private final CriticalNotices notices = new CriticalNotices();
  private volatile long probeTimeoutMs = 800;

  public ConsoleShellFactory(Router router) {
    this.router = router;
  }

  /** How long to wait for probe answers (capped at 1 s). */
  public ConsoleShellFactory probeTimeout(Duration d) {
    this.probeTimeoutMs = Math.max(1, Math.min(1000, d.toMillis()));
    return this;
  }

  @Override
  public Command createShell(ChannelSession channel) {
    return new ConsoleShell(router, probeTimeoutMs, notices);
  }
}
