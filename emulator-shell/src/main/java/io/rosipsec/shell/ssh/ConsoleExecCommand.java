package io.rosipsec.shell.ssh;

import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import io.rosipsec.shell.console.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * One SSH {@code exec} request ({@code ssh admin@router "/ip ipsec peer print"}, RouterOS CLI spec §1.1): no banner,
 * no prompt, no ANSI, no paging; the command string (several {@code ;}-separated commands run in order) goes to a
 * fresh {@link Console} and each output line is written with {@code \r\n}. The width comes from the login name's
 * {@code <N>w}, else the pty if one was requested, else 80 columns. The channel then closes with exit status 0 —
 * RouterOS reports command errors only as text (best knowledge: its exec channel does not signal failures through
 * the exit status, and the collectors that use exec, such as Oxidized, read only the text).
 */
final class ConsoleExecCommand implements Command, Runnable {
  private static final Logger LOG = Logger.getLogger(ConsoleExecCommand.class.getName());
  private static final AtomicLong THREADS = new AtomicLong();

  private final Router router;
  private final String command;
  private OutputStream out;
  private InputStream in;
  private ExitCallback exit;
  private ChannelSession channel;
  private Environment env;
  private volatile Thread thread;

  ConsoleExecCommand(Router router, String command) {
    this.router = router;
    this.command = command == null ? "" : command;
  }

  @Override
  public void setInputStream(InputStream in) {
    this.in = in; // read only to answer a [y/N] question
  }

  @Override
  public void setOutputStream(OutputStream out) {
    this.out = out;
  }

  @Override
  public void setErrorStream(OutputStream err) {
    // errors are printed on stdout, as on the router's console
  }

  @Override
  public void setExitCallback(ExitCallback callback) {
    this.exit = callback;
  }

  @Override
  public void start(ChannelSession channel, Environment env) {
    this.channel = channel;
    this.env = env;
    Thread t = new Thread(this, "ssh-exec-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  @Override
  public void run() {
    Router.ActiveSession active = null;
    try {
      Session s = channel.getSession().getAttribute(RouterAuthenticator.SESSION);
      LoginName login = channel.getSession().getAttribute(RouterAuthenticator.LOGIN);
      if (s == null || login == null) {
        return;
      }
      active = router.login(s, () -> channel.getSession().close(true));
      int width = login.width() > 0 ? login.width() : columns();
      Console console = router.openConsole(s, width, LoginName.MAX_SIZE);
      console.setConfirmer(this::confirm);
      List<String> lines = ConsoleShell.execute(console, command);
      StringBuilder sb = new StringBuilder();
      for (String l : lines) {
        sb.append(l.replace("\r\n", "\n").replace("\n", "\r\n")).append("\r\n");
      }
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      LOG.log(Level.FINE, "exec client went away", e);
    } catch (RuntimeException | Error e) {
      LOG.log(Level.WARNING, "ssh exec failed", e);
    } finally {
      if (active != null) {
        router.logout(active);
      }
      if (exit != null) {
        exit.onExit(0);
      }
    }
  }

  /**
   * A {@code [y/N]} question without a terminal: the question goes out, the answer is the first byte the client sends
   * ({@code echo y | ssh admin@router /system reboot}); end of input is no.
   */
  private boolean confirm(String question) {
    try {
      out.write(question.getBytes(StandardCharsets.UTF_8));
      out.flush();
      int b = in == null ? -1 : in.read();
      out.write("\r\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      return b == 'y' || b == 'Y';
    } catch (IOException e) {
      return false;
    }
  }

  private int columns() {
    String c = env == null ? null : env.getEnv().get(Environment.ENV_COLUMNS);
    try {
      int n = c == null ? 0 : Integer.parseInt(c.trim());
      return n > 0 && n <= LoginName.MAX_SIZE ? n : 80;
    } catch (NumberFormatException e) {
      return 80;
    }
  }

  @Override
  public void destroy(ChannelSession channel) {
    Thread t = thread;
    if (t != null && t != Thread.currentThread()) {
      t.interrupt();
    }
  }
}
