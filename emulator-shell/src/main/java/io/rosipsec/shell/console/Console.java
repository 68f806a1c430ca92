package io.rosipsec.shell.console;

import io.rosipsec.menu.MenuException;
import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import io.rosipsec.shell.console.script.Interpreter;
import io.rosipsec.shell.console.script.ScriptException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One console session of a router, free of any transport: feed it lines, get back exactly the text lines a
 * terminal shows (command output and RouterOS error lines), read the prompt. The SSH front end wraps it with a line
 * editor; tests drive it directly.
 */
public final class Console {
  private final Router router;
  private final Session session;
  private final Interpreter interpreter;
  private final MenuCommandHost host;
  private final List<String> out = new ArrayList<>();
  private final Map<String, List<String>> numbering = new HashMap<>();
  private int width;
  private int height;
  private boolean quit;
  private Confirmer confirmer;

  /**
   * Asks the user a yes/no question on the terminal ({@code Reboot, yes? [y/N]: }) and answers true only for
   * {@code y}. A console without one (scripts, {@code /import}, tests) runs such commands without asking.
   */
  @FunctionalInterface
  public interface Confirmer {
    boolean confirm(String question);
  }

  public Console(Router router, Session session, int width, int height) {
    this.router = router;
    this.session = session;
    this.width = width;
    this.height = height;
    this.host = new MenuCommandHost(this);
    this.interpreter = new Interpreter(host, out::add);
  }

  /** Runs one input line; returns the lines the terminal shows (no line terminators). */
  public List<String> execute(String line) {
    out.clear();
    try {
      interpreter.runLine(line);
    } catch (ScriptException e) {
      out.add(e.getMessage());
    } catch (MenuException e) {
      out.add(e.getMessage());
    }
    return List.copyOf(out);
  }

  /** {@code [admin@MikroTik] > } or {@code [admin@MikroTik] /ip/ipsec/peer> }. */
  public String prompt() {
    String cwd = interpreter.cwd();
    return "[" + session.user() + "@" + router.identity() + "] " + (cwd.isEmpty() ? ">" : cwd + ">") + " ";
  }

  /** Sets how this console asks {@code [y/N]} questions (the SSH front end reads one key). */
  public void setConfirmer(Confirmer c) {
    this.confirmer = c;
  }

  /** The answer to a question: the confirmer's, or yes when nobody can be asked. */
  boolean confirm(String question) {
    return confirmer == null || confirmer.confirm(question);
  }

  public boolean quit() {
    return quit;
  }

  void requestQuit() {
    quit = true;
  }

  public String cwd() {
    return interpreter.cwd();
  }

  public Router router() {
    return router;
  }

  public Session session() {
    return session;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public void resize(int w, int h) {
    this.width = w;
    this.height = h;
  }

  Interpreter interpreter() {
    return interpreter;
  }

  /** Lines printed so far by the running command. */
  List<String> output() {
    return out;
  }

  /** The item ids of the last print of a menu in this session (index = printed number). */
  List<String> numbering(String path) {
    return numbering.get(path);
  }

  void setNumbering(String path, List<String> ids) {
    numbering.put(path, List.copyOf(ids));
  }

  /** Completion candidates for the word before the cursor (Tab). */
  public List<String> complete(String buffer) {
    return new Completer(this).complete(buffer);
  }

  /** Help lines for {@code ?} after {@code buffer}. */
  public List<String> help(String buffer) {
    return new Completer(this).help(buffer);
  }
}
