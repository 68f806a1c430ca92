package io.rosipsec.shell.console;

import io.rosipsec.menu.CommandDef;
import io.rosipsec.menu.MenuDef;
import io.rosipsec.menu.PropDef;
import io.rosipsec.menu.PropKind;
import io.rosipsec.menu.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Tab completion and {@code ?} help from the schema: menus and commands at the current path, a command's argument
 * names ({@code name=}), and enum values after {@code name=}.
 */
final class Completer {
  private final Console console;
  private final Schema schema;

  Completer(Console console) {
    this.console = console;
    this.schema = console.router().schema();
  }

  /** Candidates that complete the last (partial) word of {@code buffer}. */
  List<String> complete(String buffer) {
    Context c = context(buffer);
    List<String> out = new ArrayList<>();
    for (String cand : c.candidates) {
      if (cand.startsWith(c.partial)) {
        out.add(cand);
      }
    }
    return out;
  }

  /** {@code ?} help: what may follow {@code buffer}, one item per line with its help text. */
  List<String> help(String buffer) {
    Context c = context(buffer);
    List<String> out = new ArrayList<>();
    Optional<MenuDef> m = schema.menu(c.path);
    for (String cand : c.candidates) {
      if (!cand.startsWith(c.partial)) {
        continue;
      }
      String text = "";
      if (c.command != null && m.isPresent() && cand.endsWith("=")) {
        text = m.get().prop(cand.substring(0, cand.length() - 1)).map(PropDef::help).orElse("");
      } else if (c.command == null && schema.exists(c.path.isEmpty() ? "/" + cand : c.path + "/" + cand)) {
        text = "";
      }
      out.add(text.isEmpty() ? cand : String.format("%-22s %s", cand, text));
    }
    return out;
  }

  private record Context(String path, String command, String partial, List<String> candidates) {}

  private Context context(String buffer) {
    PathResolver paths = new PathResolver(schema);
    String path = console.cwd();
    String command = null;
    String[] words = buffer.split(" ", -1);
    for (int i = 0; i < words.length - 1; i++) {
      String w = words[i];
      if (w.isEmpty()) {
        continue;
      }
      if (command != null) {
        continue;
      }
      String text = w;
      if (text.startsWith("/")) {
        path = "";
        text = text.substring(1);
      }
      for (String seg : text.split("/")) {
        if (seg.isEmpty()) {
          continue;
        }
        if (seg.equals("..")) {
          path = PathResolver.parent(path);
          continue;
        }
        Optional<String> child = paths.child(path, seg);
        Optional<String> cmd = paths.command(path, seg);
        if (child.isPresent() && !(cmd.isPresent() && cmd.get().equals(seg))) {
          path = child.get();
        } else if (cmd.isPresent()) {
          command = cmd.get();
        }
      }
    }
    String last = words[words.length - 1];
    TreeSet<String> cands = new TreeSet<>();
    if (command == null) {
      String prefixPath = path;
      String partial = last;
      if (last.startsWith("/")) {
        prefixPath = "";
        partial = last.substring(1);
      }
      int slash = partial.lastIndexOf('/');
      String head = "";
      if (slash >= 0) {
        for (String seg : partial.substring(0, slash).split("/")) {
          prefixPath = paths.child(prefixPath, seg).orElse(prefixPath);
        }
        head = partial.substring(0, slash + 1);
        partial = partial.substring(slash + 1);
      }
      for (String k : schema.children(prefixPath)) {
        cands.add(head + k);
      }
      for (String k : paths.commands(prefixPath)) {
        cands.add(head + k);
      }
      String lead = last.startsWith("/") ? "/" : "";
      List<String> withLead = new ArrayList<>();
      for (String cnd : cands) {
        withLead.add(lead + cnd);
      }
      return new Context(path, null, last, withLead);
    }
    Optional<MenuDef> m = schema.menu(path);
    int eq = last.indexOf('=');
    if (eq > 0 && m.isPresent()) {
      String arg = last.substring(0, eq);
      Optional<PropDef> p = m.get().prop(arg);
      if (p.isPresent() && (p.get().kind() == PropKind.ENUM || p.get().kind() == PropKind.BOOL
          || p.get().kind() == PropKind.ENUM_LIST)) {
        List<String> vals = p.get().kind() == PropKind.BOOL ? List.of("no", "yes") : p.get().values();
        String prefix = arg + "=";
        String valuePart = last.substring(eq + 1);
        int comma = valuePart.lastIndexOf(',');
        if (comma >= 0 && p.get().kind() == PropKind.ENUM_LIST) {
          prefix += valuePart.substring(0, comma + 1);
        }
        for (String v : vals) {
          cands.add(prefix + v);
        }
      }
      return new Context(path, command, last, new ArrayList<>(cands));
    }
    final String cmdName = command;
    CommandDef cd = m.map(x -> x.commands().get(cmdName)).orElse(null);
    if (cd != null) {
      for (String a : cd.args()) {
        cands.add(a + "=");
      }
    }
    return new Context(path, command, last, new ArrayList<>(cands));
  }
}
