package io.rosipsec.shell.print;

import io.rosipsec.menu.MenuDef;
import io.rosipsec.menu.MenuKind;
import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.MenuService.Row;
import io.rosipsec.menu.PropDef;
import io.rosipsec.menu.PropKind;
import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * RouterOS {@code export}: the header, then every exported menu in RouterOS's menu order with its path in space form
 * and {@code add}/{@code set} lines. Compact mode omits default values and addresses built-in items as
 * {@code set [ find default=yes ]} (the policy template as {@code set 0}, services and interfaces by name);
 * {@code verbose} writes every value; {@code terse} writes each command on one line with its menu path. Properties
 * are sorted alphabetically; secrets appear only with {@code show-sensitive}; lines wrap at 80 columns with
 * {@code \} and four spaces.
 */
public final class Exporter {
  /** Export styles. */
  public enum Mode {
    COMPACT,
    VERBOSE,
    TERSE
  }

  private static final int WIDTH = 80;
  private final Router router;
  private final Session session;
  private final Mode mode;
  private final boolean sensitive;

  public Exporter(Router router, Session session, Mode mode, boolean sensitive) {
    this.router = router;
    this.session = session;
    this.mode = mode;
    this.sensitive = sensitive;
  }

  /** Export of the menu at {@code path} and everything under it ({@code ""} = whole configuration). */
  public List<String> export(String path) {
    List<String> out = new ArrayList<>(router.exportHeader());
    for (MenuDef m : router.schema().exportOrder()) {
      if (!path.isEmpty() && !m.path().equals(path) && !m.path().startsWith(path + "/")) {
        continue;
      }
      List<String> cmds = menuCommands(m);
      if (cmds.isEmpty()) {
        continue;
      }
      if (mode == Mode.TERSE) {
        for (String c : cmds) {
          out.add(m.spacePath() + " " + c);
        }
      } else {
        out.add(m.spacePath());
        for (String c : cmds) {
          out.addAll(wrap(c));
        }
      }
    }
    return out;
  }

  /** The {@code add}/{@code set} commands of one menu (without the path). */
  List<String> menuCommands(MenuDef m) {
    List<String> out = new ArrayList<>();
    MenuService menus = router.menus();
    List<Row> rows = menus.rows(session, m.path());
    if (m.kind() == MenuKind.SINGLE) {
      String props = props(m, rows.get(0), null);
      if (!props.isEmpty()) {
        out.add("set " + props);
      }
      return out;
    }
    Map<String, String> defaults = null;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r.flag("dynamic")) {
        continue;
      }
      String selector = builtinSelector(m, r);
      if (selector != null) {
        Map<String, String> base = builtinDefaults(m, r);
        String props = props(m, r, base);
        if (!props.isEmpty()) {
          out.add("set " + selector + " " + props);
        }
      } else {
        String props = props(m, r, defaults);
        out.add(props.isEmpty() ? "add" : "add " + props);
      }
    }
    return out;
  }

  /** How a built-in item is addressed, or null for items the user added. */
  private String builtinSelector(MenuDef m, Row r) {
    if (r.flag("default") && m.prop("default").map(p -> !p.hidden()).orElse(false)) {
      return m.defaultSelector();
    }
    if (r.get("default-name") != null) {
      return "[ find default-name=" + r.get("default-name") + " ]";
    }
    if (m.path().equals("/ip/service") || (m.path().equals("/user/group") && r.flag("default"))) {
      return r.get("name");
    }
    if (m.path().equals("/user") && "admin".equals(r.get("name")) && m.defaultItems().size() > 0) {
      return "[ find name=admin ]";
    }
    return null;
  }

  /** The values a built-in item had on a fresh router (the schema's defaults overlaid with the default item). */
  private Map<String, String> builtinDefaults(MenuDef m, Row r) {
    Map<String, String> base = new java.util.HashMap<>();
    for (PropDef p : m.props()) {
      if (p.defaultValue() != null) {
        base.put(p.name(), p.defaultValue());
      }
    }
    for (Map<String, String> d : m.defaultItems()) {
      String key = m.keyProp().map(PropDef::name).orElse(null);
      boolean same = key == null ? "yes".equals(d.get("default")) : Objects.equals(d.get(key), r.get(key));
      if (same) {
        base.putAll(d);
      }
    }
    if (r.get("default-name") != null) {
      base.put("name", r.get("default-name"));
    }
    router.menus().builtinOriginal(m.path(), r.id()).ifPresent(base::putAll);
    return base;
  }

  /** {@code a=1 b=2} sorted by name: values that differ from {@code base} (all in verbose mode). */
  private String props(MenuDef m, Row r, Map<String, String> base) {
    List<PropDef> props = new ArrayList<>(m.props());
    props.sort(Comparator.comparing(PropDef::name));
    List<String> parts = new ArrayList<>();
    for (PropDef p : props) {
      if (p.readOnly() || !p.exported() || (p.secret() && !sensitive)) {
        continue;
      }
      if (p.name().equals("password") && m.path().equals("/user")) {
        continue;
      }
      String v = r.get(p.name());
      if (v == null) {
        continue;
      }
      String dflt = base != null && base.containsKey(p.name()) ? base.get(p.name()) : p.defaultValue();
      if (mode != Mode.VERBOSE && v.equals(dflt)) {
        continue;
      }
      parts.add(p.name() + "=" + value(p, v));
    }
    return String.join(" ", parts);
  }

  private static String value(PropDef p, String v) {
    if (p.kind() == PropKind.STRING && !v.isEmpty() && !Quoting.needsQuotes(v)) {
      return v;
    }
    return Quoting.maybeQuote(v);
  }

  /**
   * Breaks a long line before column 79 at a space outside quotes ({@code ... \} then four spaces); a quoted string
   * too long for that is split inside with a bare {@code \} (RouterOS joins such continuations back).
   */
  static List<String> wrap(String line) {
    List<String> out = new ArrayList<>();
    String rest = line;
    boolean first = true;
    while ((first ? rest.length() : rest.length() + 4) > WIDTH - 1) {
      int limit = (first ? WIDTH : WIDTH - 4) - 2;
      int cut = -1;
      boolean quoted = false;
      for (int i = 0; i < rest.length() && i <= limit; i++) {
        char c = rest.charAt(i);
        if (c == '\\' && quoted) {
          i++;
        } else if (c == '"') {
          quoted = !quoted;
        } else if (c == ' ' && !quoted) {
          cut = i;
        }
      }
      String indent = first ? "" : "    ";
      if (cut <= 0) {
        cut = Math.min(limit, rest.length() - 1);
        if (rest.charAt(cut - 1) == '\\') {
          cut--;
        }
        out.add(indent + rest.substring(0, cut) + "\\");
        rest = rest.substring(cut);
      } else {
        out.add(indent + rest.substring(0, cut) + " \\");
        rest = rest.substring(cut + 1);
      }
      first = false;
    }
    out.add((first ? "" : "    ") + rest);
    return out;
  }
}
