package io.rosipsec.shell.console;

import io.rosipsec.menu.MenuDef;
import io.rosipsec.menu.MenuException;
import io.rosipsec.shell.console.script.CommandHost;
import io.rosipsec.shell.console.script.Interpreter;
import io.rosipsec.shell.console.script.MenuStatement;
import io.rosipsec.shell.console.script.MenuWord;
import io.rosipsec.shell.console.script.NilValue;
import io.rosipsec.shell.console.script.RosValue;
import io.rosipsec.shell.console.script.Scope;
import io.rosipsec.shell.console.script.ScriptException;
import io.rosipsec.shell.console.script.SourcePos;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The console's menu side: resolves a statement's path and command words against the schema (abbreviations,
 * {@code ..}, slash and space forms), matches argument words to the command's arguments, evaluates their values in the
 * command's menu (so a nested {@code [find ...]} runs there) and hands the {@link Invocation} to {@link Commands}.
 */
final class MenuCommandHost implements CommandHost {
  /** Print/export words that are flags when written bare. */
  private static final Set<String> VALUELESS =
      Set.of("detail", "brief", "terse", "value-list", "count-only", "as-value", "without-paging", "show-ids",
          "show-sensitive", "hide-sensitive", "compact", "verbose", "follow", "follow-only", "stats", "append",
          "as-string", "as-string-value", "once", "comments", "timestamp");

  private final Console console;

  MenuCommandHost(Console console) {
    this.console = console;
  }

  @Override
  public RosValue run(MenuStatement st, Interpreter interp, Scope scope, String cwd) throws ScriptException {
    PathResolver paths = new PathResolver(console.router().schema());
    List<MenuWord> words = st.words();
    String path = cwd;
    String command = null;
    SourcePos commandPos = null;
    int i = 0;
    for (; i < words.size() && command == null; i++) {
      MenuWord w = words.get(i);
      if (!(w instanceof MenuWord.Bare b)) {
        break;
      }
      String text = b.text();
      int col = b.pos().column();
      if (text.startsWith("/")) {
        if (i > 0) {
          break;
        }
        path = "";
        text = text.substring(1);
        col++;
      }
      if (text.isEmpty()) {
        continue;
      }
      String[] segs = text.split("/", -1);
      boolean slashForm = segs.length > 1;
      for (int s = 0; s < segs.length; s++) {
        String seg = segs[s];
        if (seg.isEmpty()) {
          throw ScriptException.syntaxError(new SourcePos(b.pos().line(), col, b.pos().offset()));
        }
        if (seg.equals("..")) {
          path = PathResolver.parent(path);
        } else {
          Optional<String> child = paths.child(path, seg);
          Optional<String> cmd = paths.command(path, seg);
          boolean exactCmd = cmd.isPresent() && cmd.get().equals(seg);
          if (child.isPresent() && !exactCmd) {
            path = child.get();
          } else if (cmd.isPresent()) {
            if (s != segs.length - 1) {
              throw ScriptException.syntaxError(
                  new SourcePos(b.pos().line(), col + seg.length(), b.pos().offset()));
            }
            command = cmd.get();
            commandPos = new SourcePos(b.pos().line(), col, b.pos().offset());
          } else if (slashForm) {
            throw ScriptException.syntaxError(new SourcePos(b.pos().line(), col + seg.length(), b.pos().offset()));
          } else {
            throw ScriptException.badCommandName(seg, new SourcePos(b.pos().line(), col, b.pos().offset()));
          }
        }
        col += seg.length() + 1;
      }
    }
    if (command == null) {
      if (i < words.size()) {
        MenuWord w = words.get(i);
        if (w instanceof MenuWord.Named n) {
          throw ScriptException.badCommandName(n.name(), n.pos());
        }
        throw ScriptException.syntaxError(w.pos());
      }
      interp.setCwd(path);
      return NilValue.NOTHING;
    }
    Invocation inv = new Invocation(path, command, commandPos);
    parseArgs(inv, words, i, interp, scope, st.source());
    try {
      return new Commands(console, interp, scope).run(inv);
    } catch (MenuException e) {
      throw new ScriptException(e.getMessage());
    }
  }

  private void parseArgs(
      Invocation inv, List<MenuWord> words, int from, Interpreter interp, Scope scope, String src)
      throws ScriptException {
    Optional<MenuDef> menu = console.router().schema().menu(inv.path);
    List<String> argNames = menu.map(m -> m.commands().get(inv.command))
        .map(c -> c.args()).orElse(rootArgs(inv.command));
    boolean print = inv.command.equals("print") || inv.command.equals("export");
    if (inv.command.equals("find") && from < words.size()) {
      int start = from;
      if (words.get(start) instanceof MenuWord.Bare b && b.text().equals("where")) {
        start++;
      }
      if (start < words.size()) {
        inv.where = interp.parseWhere(
            new MenuStatement(words.subList(start, words.size()), words.get(start).pos(), src), 0);
      }
      return;
    }
    for (int i = from; i < words.size(); i++) {
      MenuWord w = words.get(i);
      if (w instanceof MenuWord.Named n) {
        String name = matchArg(argNames, n.name());
        if (name == null) {
          throw unknownArg(inv, n.name(), n.pos(), print);
        }
        if (name.equals("where")) {
          inv.where = interp.parseWhere(
              new MenuStatement(words.subList(i, words.size()), n.pos(), src), 0);
          return;
        }
        RosValue v = n.value() == null ? new io.rosipsec.shell.console.script.StrValue("")
            : interp.evaluate(n.value(), scope, inv.path);
        inv.named.put(name, v);
      } else if (w instanceof MenuWord.Unset u) {
        String name = matchArg(argNames, u.name());
        if (name == null) {
          throw unknownArg(inv, u.name(), u.pos(), print);
        }
        inv.unset.add(name);
      } else if (w instanceof MenuWord.Bare b) {
        String text = b.text();
        if ((inv.command.equals("find") || text.equals("where")) && argNames.contains("where")) {
          int start = text.equals("where") ? i + 1 : i;
          if (start < words.size()) {
            MenuStatement rest = new MenuStatement(words.subList(start, words.size()),
                words.get(start).pos(), src);
            inv.where = interp.parseWhere(rest, 0);
          }
          return;
        }
        String name = matchArg(argNames, text);
        if (name != null && (VALUELESS.contains(name) || print)) {
          inv.flags.add(name);
        } else if (acceptsPositional(inv, argNames)) {
          inv.positional.add(new io.rosipsec.shell.console.script.StrValue(text));
        } else {
          throw unknownArg(inv, text, b.pos(), print);
        }
      } else if (w instanceof MenuWord.Value v) {
        if (!acceptsPositional(inv, argNames)) {
          throw ScriptException.expectedEnd(v.pos());
        }
        inv.positional.add(interp.evaluate(v.value(), scope, inv.path));
      } else if (w instanceof MenuWord.Raw r) {
        if (argNames.contains("where")) {
          MenuStatement rest = new MenuStatement(words.subList(i, words.size()), r.pos(), src);
          inv.where = interp.parseWhere(rest, 0);
          return;
        }
        throw ScriptException.expectedEnd(r.pos());
      }
    }
  }

  /** Item selectors and the like may be given without a name: any command with {@code numbers}, and these. */
  private boolean acceptsPositional(Invocation inv, List<String> argNames) {
    if (argNames.contains("numbers") || argNames.contains("number")) {
      return true;
    }
    return switch (inv.command) {
      case "set", "remove", "enable", "disable", "comment", "get", "edit", "reset", "unset", "move", "ping",
          "import", "flush", "kill-connections", "blink", "reset-counters", "expire-password" -> true;
      default -> false;
    };
  }

  private static List<String> rootArgs(String command) {
    return switch (command) {
      case "export" -> List.of("compact", "file", "hide-sensitive", "show-sensitive", "terse", "verbose");
      case "import" -> List.of("file-name", "verbose", "dry-run");
      case "ping" -> Pinger.ARGS;
      default -> List.of();
    };
  }

  /** Exact argument name, else the only argument it is a prefix of; null when none. */
  static String matchArg(List<String> args, String word) {
    if (args.contains(word)) {
      return word;
    }
    String hit = null;
    for (String a : args) {
      if (a.startsWith(word)) {
        if (hit != null) {
          return null;
        }
        hit = a;
      }
    }
    return hit;
  }

  private static ScriptException unknownArg(Invocation inv, String word, SourcePos pos, boolean print) {
    if (print) {
      return ScriptException.expectedEnd(pos);
    }
    return new ScriptException("bad parameter " + word, pos);
  }
}
