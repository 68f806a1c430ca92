package io.rosipsec.shell.ssh;

import java.io.PrintWriter;
import java.util.List;

/**
 * Writes command output to an interactive console, one {@code \r\n}-terminated line at a time, stopping every
 * screenful (terminal height − 1 lines) at {@code -- [Q quit|D dump|down]} (RouterOS CLI spec §1.6): {@code Q}
 * discards the rest, {@code D} dumps it without further stops, Space shows the next screen, Enter or Down one more
 * line, Ctrl-C acts like {@code Q}; other keys are ignored. The pager line is erased before output continues.
 */
final class Pager {
  static final String PROMPT = "-- [Q quit|D dump|down]";

  private final KeyReader keys;
  private final PrintWriter out;
  private final boolean ansi;

  Pager(KeyReader keys, PrintWriter out, boolean ansi) {
    this.keys = keys;
    this.out = out;
    this.ansi = ansi;
  }

  /** Writes {@code lines}; pages when {@code height} > 1 and {@code paging} is on. */
  void write(List<String> lines, int height, boolean paging) {
    int page = height - 1;
    boolean dump = !paging || page < 1;
    int shown = 0;
    for (String line : lines) {
      if (!dump && shown >= page) {
        Key k = waitKey();
        erase();
        if (k.kind() == Key.Kind.CLOSED || k.kind() == Key.Kind.INTERRUPT
            || (k.kind() == Key.Kind.CHAR && Character.toLowerCase(k.ch()) == 'q')) {
          out.flush();
          return;
        }
        if (k.kind() == Key.Kind.CHAR && Character.toLowerCase(k.ch()) == 'd') {
          dump = true;
        } else if (k.kind() == Key.Kind.CHAR && k.ch() == ' ') {
          shown = 0;
        } else {
          shown = page - 1;
        }
      }
      writeLine(line);
      shown++;
      if (out.checkError()) {
        return;
      }
    }
    out.flush();
  }

  private Key waitKey() {
    out.write(PROMPT);
    out.flush();
    while (true) {
      Key k = keys.read();
      switch (k.kind()) {
        case CLOSED, INTERRUPT, ENTER, DOWN:
          return k;
        case CHAR:
          if ("qQdD ".indexOf(k.ch()) >= 0) {
            return k;
          }
          break;
        default:
          break;
      }
    }
  }

  private void erase() {
    if (ansi) {
      out.write("\r\u001b[K");
    } else {
      out.write("\r" + " ".repeat(PROMPT.length()) + "\r");
    }
  }

  private void writeLine(String line) {
    if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
      for (String part : line.split("\r?\n|\r", -1)) {
        out.write(part);
        out.write("\r\n");
      }
      return;
    }
    out.write(line);
    out.write("\r\n");
  }
}
