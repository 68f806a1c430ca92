package io.rosipsec.shell.ssh;

import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import io.rosipsec.shell.console.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * One interactive SSH console ({@code pty-req} + {@code shell}, RouterOS CLI spec §1): a JLine {@link Terminal} in
 * raw mode over the channel streams ({@code TERM}, {@code COLUMNS}/{@code LINES} from the pty request, resized on
 * {@code WINCH}), terminal probing unless the login name says {@code t} or {@code e}, the 7.x banner, then
 * RouterOS's line editor ({@link LineEditor}) feeding the router's {@link Console}, with the prompt framing of spec
 * §1.3 ({@code \r\r\r ESC[9999B} before each prompt unless {@code t}/{@code e}) and paging ({@link Pager}). The
 * session is registered with {@link Router#login} for {@code /user active} and the log. Runs on its own thread; a
 * closed channel, {@code quit} or Ctrl-D on an empty line ends it with exit status 0.
 */
final class ConsoleShell implements Command, Runnable {
  private static final Logger LOG = Logger.getLogger(ConsoleShell.class.getName());
  private static final AtomicLong THREADS = new AtomicLong();
  static final String PROMPT_FRAMING = "\r\r\r\u001b[9999B";

  private final Router router;
  private final long probeTimeoutMs;
  private final CriticalNotices notices;
  private InputStream in;
  private OutputStream out;
  private ExitCallback exit;
  private volatile Terminal terminal;
  private volatile Thread thread;
  private ChannelSession channel;
  private Environment env;
  private final AtomicReference<int[]> pendingSize = new AtomicReference<>();

  ConsoleShell(Router router, long probeTimeoutMs, CriticalNotices notices) {
    this.router = router;
    this.probeTimeoutMs = probeTimeoutMs;
    this.notices = notices;
  }

  @Override
  public void setInputStream(InputStream in) {
    this.in = in;
  }

  @Override
  public void setOutputStream(OutputStream out) {
    this.out = out;
  }

  @Override
  public void setErrorStream(OutputStream err) {
    // RouterOS writes everything to the terminal; stderr stays unused
  }

  @Override
  public void setExitCallback(ExitCallback callback) {
    this.exit = callback;
  }

  @Override
  public void start(ChannelSession channel, Environment env) throws IOException {
    this.channel = channel;
    this.env = env;
    Map<String, String> e = env.getEnv();
    String type = e.getOrDefault(Environment.ENV_TERM, "vt100");
    Size size = new Size(number(e.get(Environment.ENV_COLUMNS)), number(e.get(Environment.ENV_LINES)));
    Attributes raw = new Attributes();
    terminal = new ExternalTerminal(null, "routeros-ssh", type, in, out, StandardCharsets.UTF_8,
        Terminal.SignalHandler.SIG_IGN, false, raw, size);
    env.addSignalListener((ch, sig) -> {
      int[] s = {number(e.get(Environment.ENV_COLUMNS)), number(e.get(Environment.ENV_LINES))};
      terminal.setSize(new Size(s[0], s[1]));
      pendingSize.set(s);
    }, Signal.WINCH);
    Thread t = new Thread(this, "ssh-console-" + THREADS.incrementAndGet());
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
      session(s, login);
    } catch (RuntimeException | Error e) {
      LOG.log(Level.WARNING, "ssh console failed", e);
    } finally {
      if (active != null) {
        router.logout(active);
      }
      closeTerminal();
      if (exit != null) {
        exit.onExit(0);
      }
    }
  }

  private void session(Session s, LoginName login) {
    PrintWriter w = terminal.writer();
    KeyReader keys = new KeyReader(terminal.reader());
    boolean rich = login.richFraming();
    TerminalProbe.Measured probed = new TerminalProbe.Measured(0, 0);
    if (rich) {
      probed = TerminalProbe.run(keys, w, probeTimeoutMs);
      w.write("\r\u001b[9999B");
    }
    Size pty = terminal.getSize();
    int width = pick(login.width(), probed.cols(), pty.getColumns(), 80);
    int height = pick(login.height(), probed.rows(), pty.getRows(), 24);
    Console console = router.openConsole(s, width, height);
    for (String line : Banner.lines(router.version())) {
      w.write(line);
      w.write("\r\n");
    }
    for (String line : notices.take(router.log())) {
      w.write(line);
      w.write("\r\n");
    }
    console.setConfirmer(question -> confirm(keys, w, question));
    LineEditor editor = new LineEditor(keys, w, console);
    Pager pager = new Pager(keys, w, !login.dumb());
    String prefix = rich ? PROMPT_FRAMING : "";
    while (true) {
      LineEditor.Result r = editor.readLine(prefix, prompt(console));
      if (r.outcome() == LineEditor.Outcome.CLOSED || r.outcome() == LineEditor.Outcome.LOGOUT) {
        return;
      }
      if (r.outcome() != LineEditor.Outcome.LINE) {
        continue;
      }
      if (login.dumb()) {
        // Dumb terminals (+e) get the line repainted after the prompt, as RouterOS does: netmiko 2.4.2 strips
        // "command\nprompt command\n\n" from every reply (mikrotik_ssh.py strip_command).
        w.write(prompt(console) + r.line() + "\r\n\r\n");
        w.flush();
      }
      int[] resized = pendingSize.getAndSet(null);
      if (resized != null) {
        width = login.width() > 0 ? login.width() : resized[0] > 0 ? resized[0] : width;
        height = login.height() > 0 ? login.height() : resized[1] > 0 ? resized[1] : height;
        console.resize(width, height);
      }
      List<String> output = execute(console, r.line());
      pager.write(output, height, pageable(r.line()));
      if (console.quit() || w.checkError()) {
        return;
      }
    }
  }

  /**
   * A {@code [y/N]} question: the question, one key (echoed when printable, then a new line); only {@code y} or
   * {@code Y} is yes (routeros-cli.md §1.5).
   */
  static boolean confirm(KeyReader keys, PrintWriter w, String question) {
    w.write(question);
    w.flush();
    Key k = keys.read();
    boolean printable = k.kind() == Key.Kind.CHAR && k.ch() >= ' ';
    w.write((printable ? String.valueOf(k.ch()) : "") + "\r\n");
    w.flush();
    return printable && (k.ch() == 'y' || k.ch() == 'Y');
  }

  private static String prompt(Console console) {
    try {
      return console.prompt();
    } catch (RuntimeException e) {
      return "[" + console.session().user() + "@" + console.router().identity() + "] > ";
    }
  }

  /** Runs a line; a fault inside the console becomes a RouterOS-style failure line instead of ending the session. */
  static List<String> execute(Console console, String line) {
    try {
      return console.execute(line);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.log(Level.FINE, "console failed on input", e);
      return List.of("failure: " + (e.getMessage() == null ? "internal error" : e.getMessage()));
    }
  }

  /** {@code print without-paging} and {@code export} never page (spec §1.6). */
  static boolean pageable(String line) {
    String l = line.toLowerCase(Locale.ROOT);
    return !l.contains("without-paging") && !l.contains("export");
  }

  private static int pick(int... sizes) {
    for (int s : sizes) {
      if (s > 0) {
        return s;
      }
    }
    return 0;
  }

  private static int number(String s) {
    if (s == null) {
      return 0;
    }
    try {
      int n = Integer.parseInt(s.trim());
      return n > 0 && n <= LoginName.MAX_SIZE ? n : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private void closeTerminal() {
    Terminal t = terminal;
    if (t != null) {
      try {
        t.writer().flush();
        t.close();
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.FINE, "closing terminal", e);
      }
    }
  }

  @Override
  public void destroy(ChannelSession channel) {
    closeTerminal();
    Thread t = thread;
    if (t != null && t != Thread.currentThread()) {
      t.interrupt();
    }
  }
}
