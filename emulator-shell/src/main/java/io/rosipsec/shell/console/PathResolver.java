package io.rosipsec.shell.console;

import io.rosipsec.menu.MenuDef;
import io.rosipsec.menu.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves menu and command words against the schema the way the RouterOS console does: exact names first, then
 * a unique prefix (abbreviation); {@code ..} goes up, a leading {@code /} starts at the root.
 */
final class PathResolver {
  /** Commands every menu path accepts at the console root. */
  static final List<String> ROOT_COMMANDS = List.of("export", "import", "quit", "ping");

  private final Schema schema;

  PathResolver(Schema schema) {
    this.schema = schema;
  }

  /** The child menu of {@code path} that {@code word} names, if any. */
  Optional<String> child(String path, String word) {
    List<String> kids = schema.children(path);
    if (kids.contains(word)) {
      return Optional.of(path + "/" + word);
    }
    List<String> hits = new ArrayList<>();
    for (String k : kids) {
      if (k.startsWith(word)) {
        hits.add(k);
      }
    }
    return hits.size() == 1 ? Optional.of(path + "/" + hits.get(0)) : Optional.empty();
  }

  /** Commands available in {@code path}. */
  List<String> commands(String path) {
    List<String> out = new ArrayList<>();
    Optional<MenuDef> m = schema.menu(path);
    m.ifPresent(d -> out.addAll(d.commands().keySet()));
    if (path.isEmpty()) {
      out.addAll(ROOT_COMMANDS);
    }
    return out;
  }

  /** The command of {@code path} that {@code word} names (exact or unique prefix). */
  Optional<String> command(String path, String word) {
    List<String> cmds = commands(path);
    if (cmds.contains(word)) {
      return Optional.of(word);
    }
    String hit = null;
    for (String c : cmds) {
      if (c.startsWith(word)) {
        if (hit != null) {
          return Optional.empty();
        }
        hit = c;
      }
    }
    return Optional.ofNullable(hit);
  }

  /** True when both a child menu and a command could be meant (prefix of several). */
  boolean ambiguous(String path, String word) {
    int n = 0;
    for (String k : schema.children(path)) {
      if (k.startsWith(word)) {
        n++;
      }
    }
    for (String c : commands(path)) {
      if (c.startsWith(word)) {
        n++;
      }
    }
    return n > 1;
  }

  static String parent(String path) {
    int cut = path.lastIndexOf('/');
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
