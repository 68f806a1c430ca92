package io.rosipsec.shell.print;

import io.rosipsec.menu.MenuDef;
import io.rosipsec.menu.MenuService.Row;
import io.rosipsec.menu.PropDef;
import io.rosipsec.menu.PropKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders {@code print} output of RouterOS 7 from the menu schema alone: the detail layout (flag legend, index, flag
 * positions, {@code key=value} wrapped to the terminal width), the table layout ({@code Flags:}/{@code Columns:}
 * lines, aligned columns), {@code terse}, {@code value-list}, and the {@code key: value} layout of single-value
 * menus. Lines carry no line terminator.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/328134/Command+Line+Interface">RouterOS CLI</a>
 */
public final class Printer {
  private final MenuDef menu;
  private final int width;
  private final boolean showSensitive;

  /**
   * @param width terminal width (detail lines wrap before it)
   * @param showSensitive include secret values (print hides them from 7.21 on; earlier versions pass true)
   */
  public Printer(MenuDef menu, int width, boolean showSensitive) {
    this.menu = menu;
    this.width = Math.max(20, width);
    this.showSensitive = showSensitive;
  }

  // ------------------------------------------------------------ detail

  /** Detail layout; {@code labels} are the index labels (numbers, or ids with show-ids). */
  public List<String> detail(List<Row> rows, List<String> labels, List<String> proplist) {
    List<String> out = new ArrayList<>();
    String legend = legend(false);
    if (!legend.isEmpty()) {
      out.addAll(wrapGroups(legend, width - 1));
    }
    int labelWidth = 2;
    for (String l : labels) {
      labelWidth = Math.max(labelWidth, l.length());
    }
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      String head = pad(labels.get(i), labelWidth, true) + " " + flagPositions(r) + " ";
      String indent = " ".repeat(head.length());
      List<String> parts = new ArrayList<>();
      for (String name : r.values().keySet()) {
        PropDef p = menu.prop(name).orElse(null);
        if (p == null || !shown(p, proplist) || hiddenDefault(p, r.get(name), proplist)) {
          continue;
        }
        parts.add(name + "=" + formatDetail(p, r.get(name)));
      }
      String comment = r.get("comment");
      List<String> lines;
      if (comment != null && !comment.isEmpty() && hasProp("comment")) {
        out.add(head + ";;; " + comment);
        lines = wrapParts(parts, indent, indent);
      } else {
        lines = wrapParts(parts, head, indent);
      }
      out.addAll(lines);
      out.add("");
    }
    return out;
  }

  // ------------------------------------------------------------ table

  /** 7.x table layout with the brief columns (or {@code proplist}). */
  public List<String> table(List<Row> rows, List<String> labels, List<String> proplist) {
    List<String> cols = new ArrayList<>();
    List<String> optionalCols = new ArrayList<>();
    for (String c : proplist.isEmpty() ? menu.columns() : proplist) {
      String name = c.endsWith("?") ? c.substring(0, c.length() - 1) : c;
      if (menu.prop(name).isPresent()) {
        cols.add(name);
        if (c.endsWith("?")) {
          optionalCols.add(name);
        }
      }
    }
    if (cols.isEmpty()) {
      for (PropDef p : menu.props()) {
        if (shown(p, List.of())) {
          cols.add(p.name());
        }
      }
    }
    // A column declared optional ("name?") is dropped when no row has a value (e.g. DYNAMIC-ADDRESS).
    cols.removeIf(c -> optionalCols.contains(c)
        && rows.stream().allMatch(r -> r.get(c) == null || r.get(c).isEmpty()));
    List<String> out = new ArrayList<>();
    String legend = legend(true, rows);
    boolean anyFlags = !legend.isEmpty();
    if (anyFlags) {
      out.add(legend);
    }
    List<String> headers = new ArrayList<>();
    for (String c : cols) {
      headers.add(c.toUpperCase(Locale.ROOT));
    }
    out.add("Columns: " + String.join(", ", headers));
    int labelWidth = 1;
    for (String l : labels) {
      labelWidth = Math.max(labelWidth, l.length());
    }
    int flagWidth = anyFlags ? presentGroups(rows) : 0;
    int[] w = new int[cols.size()];
    for (int c = 0; c < cols.size(); c++) {
      w[c] = headers.get(c).length();
      for (Row r : rows) {
        w[c] = Math.max(w[c], cell(r, cols.get(c)).length());
      }
    }
    StringBuilder h = new StringBuilder(pad("#", labelWidth, false));
    h.append(' ');
    if (flagWidth > 0) {
      h.append(" ".repeat(flagWidth)).append(' ');
    }
    for (int c = 0; c < cols.size(); c++) {
      h.append(pad(headers.get(c), w[c], numeric(cols.get(c))));
      if (c < cols.size() - 1) {
        h.append("  ");
      }
    }
    out.add(h.toString());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      String comment = r.get("comment");
      if (comment != null && !comment.isEmpty() && hasProp("comment")) {
        out.add(";;; " + comment);
      }
      StringBuilder b = new StringBuilder(pad(labels.get(i), labelWidth, false));
      b.append(' ');
      if (flagWidth > 0) {
        b.append(pad(flagLetters(r, rows), flagWidth, false)).append(' ');
      }
      for (int c = 0; c < cols.size(); c++) {
        b.append(pad(cell(r, cols.get(c)), w[c], numeric(cols.get(c))));
        if (c < cols.size() - 1) {
          b.append("  ");
        }
      }
      out.add(b.toString());
    }
    return out;
  }

  // ------------------------------------------------------------ terse / value-list / single

  public List<String> terse(List<Row> rows, List<String> labels, List<String> proplist) {
    List<String> out = new ArrayList<>();
    int labelWidth = 2;
    for (String l : labels) {
      labelWidth = Math.max(labelWidth, l.length());
    }
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      StringBuilder b = new StringBuilder(pad(labels.get(i), labelWidth, true)).append(' ');
      b.append(flagPositions(r)).append(' ');
      List<String> parts = new ArrayList<>();
      for (String name : r.values().keySet()) {
        PropDef p = menu.prop(name).orElse(null);
        if (p != null && (shown(p, proplist) || name.equals("comment"))
            && !hiddenDefault(p, r.get(name), proplist)) {
          parts.add(name + "=" + Quoting.maybeQuote(r.get(name)));
        }
      }
      b.append(String.join(" ", parts));
      out.add(b.toString());
    }
    return out;
  }

  public List<String> valueList(List<Row> rows, List<String> proplist) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      List<String[]> kv = new ArrayList<>();
      for (PropDef p : menu.props()) {
        if (shown(p, proplist) && r.get(p.name()) != null) {
          kv.add(new String[] {p.name(), r.get(p.name())});
        }
      }
      out.addAll(keyValues(kv, true));
    }
    return out;
  }

  /** Single-value menus: keys right-aligned, values padded to the widest. */
  public List<String> single(Row row, List<String> proplist) {
    List<String[]> kv = new ArrayList<>();
    for (PropDef p : menu.props()) {
      String v = row.get(p.name());
      if (v == null || (p.hidden() && !proplist.contains(p.name())) || !proplistAllows(p, proplist)) {
        continue;
      }
      if (p.secret() && !showSensitive) {
        continue;
      }
      kv.add(new String[] {p.name(), v});
    }
    return keyValues(kv, true);
  }

  static List<String> keyValues(List<String[]> kv, boolean padValues) {
    int kw = 0;
    int vw = 0;
    for (String[] e : kv) {
      kw = Math.max(kw, e[0].length());
      vw = Math.max(vw, e[1].length());
    }
    List<String> out = new ArrayList<>();
    for (String[] e : kv) {
      String v = padValues ? pad(e[1], vw, false) : e[1];
      out.add(" ".repeat(kw - e[0].length() + 2) + e[0] + ": " + v);
    }
    return out;
  }

  // ------------------------------------------------------------ helpers

  private boolean shown(PropDef p, List<String> proplist) {
    if (p.isFlag() || p.hidden() || p.name().equals("comment")) {
      return !proplist.isEmpty() && proplist.contains(p.name()) && !p.isFlag();
    }
    if (p.secret() && !showSensitive) {
      return false;
    }
    return proplistAllows(p, proplist);
  }

  /** Properties declared {@code showDefault=false} are printed only when they differ from the default. */
  private static boolean hiddenDefault(PropDef p, String v, List<String> proplist) {
    return !p.showDefault() && proplist.isEmpty() && v.equals(p.defaultValue());
  }

  private static boolean proplistAllows(PropDef p, List<String> proplist) {
    return proplist.isEmpty() || proplist.contains(p.name());
  }

  private boolean hasProp(String name) {
    return menu.prop(name).isPresent();
  }

  private String formatDetail(PropDef p, String v) {
    if (p.quoted()) {
      return Quoting.quote(v);
    }
    return v.isEmpty() ? "\"\"" : v;
  }

  private String cell(Row r, String col) {
    String v = r.get(col);
    return v == null ? "" : v;
  }

  private boolean numeric(String col) {
    return menu.prop(col).map(p -> p.kind() == PropKind.INT || p.kind() == PropKind.SIZE).orElse(false);
  }

  /** Detail legend: all flags of the menu, lower case; the table legend: present flags only, upper case. */
  private String legend(boolean table) {
    return legend(table, null);
  }

  private String legend(boolean table, List<Row> rows) {
    List<String> groups = new ArrayList<>();
    for (List<String> g : menu.flagGroups()) {
      List<String> parts = new ArrayList<>();
      for (String letter : g) {
        PropDef p = flagProp(letter);
        if (table && rows.stream().noneMatch(r -> r.flag(p.name()))) {
          continue;
        }
        String name = p.name();
        if (name.equals("ah") || name.equals("esp")) {
          name = name.toUpperCase(Locale.ROOT);
        }
        parts.add(letter + " - " + (table ? name.toUpperCase(Locale.ROOT) : name));
      }
      if (!parts.isEmpty()) {
        groups.add(String.join(", ", parts));
      }
    }
    return groups.isEmpty() ? "" : "Flags: " + String.join("; ", groups);
  }

  private PropDef flagProp(String letter) {
    for (PropDef p : menu.props()) {
      if (letter.equals(p.flag())) {
        return p;
      }
    }
    throw new IllegalStateException("flag " + letter + " of " + menu.path());
  }

  /** One character per flag group (detail/terse layout). */
  private String flagPositions(Row r) {
    StringBuilder b = new StringBuilder();
    for (List<String> g : menu.flagGroups()) {
      char c = ' ';
      for (String letter : g) {
        if (r.flag(flagProp(letter).name())) {
          c = letter.charAt(0);
          break;
        }
      }
      b.append(c);
    }
    return b.toString();
  }

  /** Table layout: letters of the row's flags, in the order of the groups present in the listing. */
  private String flagLetters(Row r, List<Row> rows) {
    StringBuilder b = new StringBuilder();
    for (List<String> g : menu.flagGroups()) {
      boolean present = false;
      char c = ' ';
      for (String letter : g) {
        String name = flagProp(letter).name();
        if (rows.stream().anyMatch(x -> x.flag(name))) {
          present = true;
        }
        if (r.flag(name) && c == ' ') {
          c = letter.charAt(0);
        }
      }
      if (present) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private int presentGroups(List<Row> rows) {
    int n = 0;
    for (List<String> g : menu.flagGroups()) {
      boolean present = false;
      for (String letter : g) {
        String name = flagProp(letter).name();
        present |= rows.stream().anyMatch(x -> x.flag(name));
      }
      if (present) {
        n++;
      }
    }
    return n;
  }

  private List<String> wrapParts(List<String> parts, String first, String indent) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String part : parts) {
      if (!empty && line.length() + 1 + part.length() > width - 1) {
        out.add(line.toString());
        line = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(part);
      empty = false;
    }
    out.add(line.toString());
    return out;
  }

  /** Breaks a detail legend after a {@code ;} group separator when the next group does not fit. */
  private static List<String> wrapGroups(String legend, int max) {
    List<String> out = new ArrayList<>();
    String[] groups = legend.split("; ");
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < groups.length; i++) {
      String g = groups[i] + (i < groups.length - 1 ? ";" : "");
      if (line.length() > 0 && line.length() + 1 + g.length() > max) {
        out.add(line.toString());
        line = new StringBuilder();
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(g);
    }
    out.add(line.toString());
    return out;
  }

  private static List<String> wrapWords(String text, int max, String indent) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > max) {
        out.add(line.toString().stripTrailing());
        line = new StringBuilder(indent);
      }
      if (line.length() > 0 && !line.toString().equals(indent)) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }

  static String pad(String s, int w, boolean right) {
    if (s.length() >= w) {
      return s;
    }
    String fill = " ".repeat(w - s.length());
    return right ? fill + s : s + fill;
  }
}
