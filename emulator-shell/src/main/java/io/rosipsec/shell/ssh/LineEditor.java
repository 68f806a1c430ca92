package io.rosipsec.shell.ssh;

import io.rosipsec.shell.console.Console;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * RouterOS's single-line console editor (RouterOS CLI spec §1.7) over a {@link KeyReader}: echoes typed characters
 * itself (the pty is raw), Backspace/Delete, Left/Right/Home/End (also Ctrl-B/F/A/E), Up/Down history, Ctrl-U kills
 * the line, Ctrl-C abandons it, Ctrl-D on an empty line logs out, Tab completes from the console's schema, {@code ?}
 * and F1 show help (a {@code ?} inside an open double-quoted string is literal, as in 7.1+), Enter in any of CR, LF,
 * CR LF. Cursor movement uses only backspace and rewriting, so it works on dumb terminals too. Lines are capped at
 * {@link #MAX_LINE} characters: further input is dropped without echo, as the router's editor would refuse it. Long
 * lines are not horizontally scrolled.
 */
final class LineEditor {
  /** Longest line the editor accepts (characters). */
  static final int MAX_LINE = 64 * 1024;
  private static final int MAX_HISTORY = 200;

  /** How a call to {@link #readLine} ended. */
  enum Outcome { LINE, INTERRUPTED, LOGOUT, CLOSED }

  record Result(Outcome outcome, String line) {}

  private final KeyReader keys;
  private final PrintWriter out;
  private final Console console;
  private final List<String> history = new ArrayList<>();
  private final StringBuilder buf = new StringBuilder();
  private String promptPrefix = "";
  private String prompt = "";
  private int cursor;

  LineEditor(KeyReader keys, PrintWriter out, Console console) {
    this.keys = keys;
    this.out = out;
    this.console = console;
  }

  /** Writes {@code prefix + prompt} and reads one line. */
  Result readLine(String prefix, String promptText) {
    this.promptPrefix = prefix;
    this.prompt = promptText;
    buf.setLength(0);
    cursor = 0;
    int historyIndex = history.size();
    String pending = "";
    out.write(prefix + promptText);
    out.flush();
    while (true) {
      if (!keys.ready()) {
        out.flush();
      }
      Key k = keys.read();
      switch (k.kind()) {
        case CLOSED:
          return new Result(Outcome.CLOSED, "");
        case ENTER: {
          out.write(buf.substring(cursor));
          out.write("\r\n");
          out.flush();
          String line = buf.toString();
          remember(line);
          return new Result(Outcome.LINE, line);
        }
        case INTERRUPT:
          out.write("\r\n");
          out.flush();
          return new Result(Outcome.INTERRUPTED, buf.toString());
        case EOT:
          if (buf.length() == 0) {
            out.write("\r\n");
            out.flush();
            return new Result(Outcome.LOGOUT, "");
          }
          delete();
          break;
        case CHAR:
          if (k.ch() == '?' && !insideString()) {
            showHelp();
          } else {
            insert(k.ch());
          }
          break;
        case HELP:
          showHelp();
          break;
        case TAB:
          complete();
          break;
        case BACKSPACE:
          if (cursor > 0) {
            cursor--;
            out.write('\b');
            delete();
          }
          break;
        case DELETE:
          delete();
          break;
        case LEFT:
          if (cursor > 0) {
            cursor--;
            out.write('\b');
          }
          break;
        case RIGHT:
          if (cursor < buf.length()) {
            out.write(buf.charAt(cursor));
            cursor++;
          }
          break;
        case HOME:
          out.write("\b".repeat(cursor));
          cursor = 0;
          break;
        case END:
          out.write(buf.substring(cursor));
          cursor = buf.length();
          break;
        case UP:
          if (historyIndex > 0) {
            if (historyIndex == history.size()) {
              pending = buf.toString();
            }
            historyIndex--;
            replace(history.get(historyIndex));
          }
          break;
        case DOWN:
          if (historyIndex < history.size()) {
            historyIndex++;
            replace(historyIndex == history.size() ? pending : history.get(historyIndex));
          }
          break;
        case KILL_LINE:
          replace("");
          break;
        case REDRAW:
          redraw();
          break;
        default:
          break;
      }
    }
  }

  private void remember(String line) {
    if (line.isBlank() || (!history.isEmpty() && history.get(history.size() - 1).equals(line))) {
      return;
    }
    history.add(line);
    if (history.size() > MAX_HISTORY) {
      history.remove(0);
    }
  }

  private void insert(char c) {
    if (buf.length() >= MAX_LINE) {
      return;
    }
    insertText(String.valueOf(c));
  }

  private void insertText(String s) {
    String text = s.length() > MAX_LINE - buf.length() ? s.substring(0, MAX_LINE - buf.length()) : s;
    buf.insert(cursor, text);
    cursor += text.length();
    String tail = buf.substring(cursor);
    out.write(text);
    out.write(tail);
    out.write("\b".repeat(tail.length()));
  }

  /** Deletes the character under the cursor and repaints the tail. */
  private void delete() {
    if (cursor >= buf.length()) {
      return;
    }
    buf.deleteCharAt(cursor);
    String tail = buf.substring(cursor);
    out.write(tail);
    out.write(' ');
    out.write("\b".repeat(tail.length() + 1));
  }

  private void replace(String text) {
    int old = buf.length();
    out.write("\b".repeat(cursor));
    buf.setLength(0);
    buf.append(text.length() > MAX_LINE ? text.substring(0, MAX_LINE) : text);
    out.write(buf.toString());
    int extra = Math.max(0, old - buf.length());
    out.write(" ".repeat(extra));
    out.write("\b".repeat(extra));
    cursor = buf.length();
  }

  private void redraw() {
    out.write("\r\n");
    out.write(promptPrefix + prompt);
    out.write(buf.toString());
    out.write("\b".repeat(buf.length() - cursor));
  }

  /** True when the text before the cursor has an unclosed double-quoted string. */
  private boolean insideString() {
    boolean in = false;
    for (int i = 0; i < cursor; i++) {
      char c = buf.charAt(i);
      if (c == '\\' && in) {
        i++;
      } else if (c == '"') {
        in = !in;
      }
    }
    return in;
  }

  private void showHelp() {
    List<String> lines;
    try {
      lines = console.help(buf.substring(0, cursor));
    } catch (RuntimeException e) {
      lines = List.of();
    }
    out.write("\r\n");
    for (String l : lines) {
      out.write(l);
      out.write("\r\n");
    }
    out.write(promptPrefix + prompt);
    out.write(buf.toString());
    out.write("\b".repeat(buf.length() - cursor));
  }

  private void complete() {
    String before = buf.substring(0, cursor);
    List<String> cands;
    try {
      cands = console.complete(before);
    } catch (RuntimeException e) {
      return;
    }
    if (cands.isEmpty()) {
      return;
    }
    String common = commonPrefix(cands);
    int typed = typedPart(before, cands.get(0));
    String add = typed <= common.length() ? common.substring(typed) : "";
    if (cands.size() == 1) {
      insertText(common.endsWith("=") || common.endsWith("/") ? add : add + " ");
      return;
    }
    if (!add.isEmpty()) {
      insertText(add);
      return;
    }
    out.write("\r\n");
    out.write(String.join("  ", cands));
    out.write("\r\n");
    out.write(promptPrefix + prompt);
    out.write(buf.toString());
    out.write("\b".repeat(buf.length() - cursor));
  }

  /** How many characters of {@code candidate} the text before the cursor already ends with (at a word start). */
  static int typedPart(String before, String candidate) {
    for (int k = Math.min(candidate.length(), before.length()); k > 0; k--) {
      if (before.endsWith(candidate.substring(0, k))) {
        int start = before.length() - k;
        if (start == 0 || " =/,\t{[(;".indexOf(before.charAt(start - 1)) >= 0) {
          return k;
        }
      }
    }
    return 0;
  }

  static String commonPrefix(List<String> words) {
    String p = words.get(0);
    for (String w : words) {
      int i = 0;
      while (i < p.length() && i < w.length() && p.charAt(i) == w.charAt(i)) {
        i++;
      }
      p = p.substring(0, i);
    }
    return p;
  }
}
