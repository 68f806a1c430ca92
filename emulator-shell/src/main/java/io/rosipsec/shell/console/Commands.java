package io.rosipsec.shell.console;

import io.rosipsec.menu.RosTime;
import io.rosipsec.menu.MenuDef;
import io.rosipsec.menu.MenuException;
import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.MenuService.Row;
import io.rosipsec.menu.PropDef;
import io.rosipsec.menu.Session;
import io.rosipsec.shell.console.script.ArrayValue;
import io.rosipsec.shell.console.script.BoolValue;
import io.rosipsec.shell.console.script.IdValue;
import io.rosipsec.shell.console.script.Interpreter;
import io.rosipsec.shell.console.script.ItemView;
import io.rosipsec.shell.console.script.NilValue;
import io.rosipsec.shell.console.script.NumValue;
import io.rosipsec.shell.console.script.RosValue;
import io.rosipsec.shell.console.script.Scope;
import io.rosipsec.shell.console.script.ScriptException;
import io.rosipsec.shell.console.script.StrValue;
import io.rosipsec.shell.console.script.TimeValue;
import io.rosipsec.shell.print.Exporter;
import io.rosipsec.shell.print.Printer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs resolved console {@link Invocation}s against the router's {@link MenuService}: the generic verbs
 * ({@code add set remove enable disable comment unset reset move find get print export}), menu actions, and the root
 * commands ({@code export}, {@code import}, {@code quit}).
 */
final class Commands {
  private final Console console;
  private final Interpreter interp;
  private final Scope scope;
  private final MenuService menus;
  private final Session session;

  Commands(Console console, Interpreter interp, Scope scope) {
    this.console = console;
    this.interp = interp;
    this.scope = scope;
    this.menus = console.router().menus();
    this.session = console.session();
  }

  RosValue run(Invocation inv) throws ScriptException {
    if (inv.path.isEmpty() && PathResolver.ROOT_COMMANDS.contains(inv.command)) {
      return root(inv);
    }
    MenuDef m = menus.schema().require(inv.path);
    switch (inv.command) {
      case "add":
        return new IdValue(io.rosipsec.menu.Item.parseId(menus.add(session, inv.path, strings(inv.named))));
      case "set":
        menus.set(session, inv.path, items(m, inv, 0), strings(inv.named), inv.unset);
        return NilValue.NOTHING;
      case "unset": {
        List<String> props = new ArrayList<>(inv.unset);
        if (inv.named.containsKey("value-name")) {
          props.add(str(inv.named.get("value-name")));
        }
        menus.set(session, inv.path, items(m, inv, 0), Map.of(), props);
        return NilValue.NOTHING;
      }
      case "remove":
        menus.remove(session, inv.path, items(m, inv, 0));
        return NilValue.NOTHING;
      case "enable":
      case "disable":
        menus.setDisabled(session, inv.path, items(m, inv, 0), inv.command.equals("disable"));
        return NilValue.NOTHING;
      case "comment": {
        String text = inv.named.containsKey("comment") ? str(inv.named.get("comment"))
            : inv.positional.size() > 1 ? str(inv.positional.get(1)) : "";
        menus.set(session, inv.path, items(m, inv, 0), Map.of("comment", text), List.of());
        return NilValue.NOTHING;
      }
      case "reset":
        menus.reset(session, inv.path, items(m, inv, 0), new ArrayList<>(inv.named.keySet()));
        return NilValue.NOTHING;
      case "move": {
        String dest = inv.named.containsKey("destination") ? str(inv.named.get("destination"))
            : inv.positional.size() > 1 ? str(inv.positional.get(1)) : null;
        String destId = dest == null ? null : resolveRefs(m, dest).stream().findFirst().orElse(null);
        menus.move(session, inv.path, items(m, inv, 0), destId);
        return NilValue.NOTHING;
      }
      case "find":
        return find(m, inv);
      case "get":
        return get(m, inv);
      case "print":
        return print(m, inv);
      case "export":
        export(inv.path, inv);
        return NilValue.NOTHING;
      case "edit":
        throw new ScriptException("edit is not supported on this terminal");
      default: {
        Optional<Confirmations.Ask> ask = Confirmations.of(inv.path, inv.command);
        if (ask.isPresent() && !console.confirm(ask.get().question())) {
          return NilValue.NOTHING;
        }
        menus.action(session, inv.path, inv.command, m.isList() && !inv.positional.isEmpty() ? items(m, inv, 0)
            : List.of(), strings(inv.named));
        ask.ifPresent(a -> console.output().add(a.done()));
        return NilValue.NOTHING;
      }
    }
  }

  private RosValue root(Invocation inv) throws ScriptException {
    switch (inv.command) {
      case "quit":
        console.requestQuit();
        return NilValue.NOTHING;
      case "export":
        export("", inv);
        return NilValue.NOTHING;
      case "import":
        return new Importer(console).run(inv);
      case "ping":
        return new Pinger(console).run(inv);
      default:
        throw ScriptException.badCommandName(inv.command, inv.commandPos);
    }
  }

  // ------------------------------------------------------------------ find/get/print

  private RosValue find(MenuDef m, Invocation inv) throws ScriptException {
    List<RosValue> ids = new ArrayList<>();
    for (Row r : menus.rows(session, inv.path)) {
      if (inv.where == null || interp.matches(inv.where, view(m, r), scope)) {
        ids.add(new IdValue(io.rosipsec.menu.Item.parseId(r.id())));
      }
    }
    return ArrayValue.of(ids);
  }

  private RosValue get(MenuDef m, Invocation inv) throws ScriptException {
    String prop;
    String id = null;
    if (m.isSingle()) {
      prop = inv.named.containsKey("value-name") ? str(inv.named.get("value-name"))
          : inv.positional.isEmpty() ? null : str(inv.positional.get(0));
    } else {
      List<String> ids = items(m, inv, 0);
      if (ids.isEmpty()) {
        throw new ScriptException("no such item");
      }
      id = ids.get(0);
      prop = inv.named.containsKey("value-name") ? str(inv.named.get("value-name"))
          : inv.positional.size() > 1 ? str(inv.positional.get(1)) : null;
    }
    if (prop == null) {
      return rowValue(m, id);
    }
    Optional<PropDef> p = m.prop(prop);
    if (p.isEmpty() && !prop.equals(".id")) {
      throw new ScriptException("input does not match any value of value-name");
    }
    if (prop.equals(".id")) {
      return new IdValue(io.rosipsec.menu.Item.parseId(id));
    }
    String v = menus.get(session, inv.path, id, prop);
    return typed(p.get(), v);
  }

  private RosValue rowValue(MenuDef m, String id) {
    for (Row r : menus.rows(session, m.path())) {
      if (id == null || r.id().equals(id)) {
        return asValue(m, r);
      }
    }
    return NilValue.NOTHING;
  }

  private RosValue print(MenuDef m, Invocation inv) throws ScriptException {
    List<Row> all = menus.rows(session, inv.path);
    List<String> ids = new ArrayList<>();
    for (Row r : all) {
      ids.add(r.id());
    }
    if (m.isList()) {
      console.setNumbering(inv.path, ids);
    }
    List<Row> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<String> from = inv.named.containsKey("from") ? resolveRefsAll(m, inv.named.get("from")) : null;
    for (int i = 0; i < all.size(); i++) {
      Row r = all.get(i);
      if (from != null && !from.contains(r.id())) {
        continue;
      }
      if (inv.where != null && !interp.matches(inv.where, view(m, r), scope)) {
        continue;
      }
      rows.add(r);
      labels.add(inv.flags.contains("show-ids") ? r.id() : Integer.toString(i));
    }
    List<String> proplist = new ArrayList<>();
    if (inv.named.containsKey("proplist")) {
      for (String p : str(inv.named.get("proplist")).split(",")) {
        if (!p.isEmpty()) {
          proplist.add(p);
        }
      }
    }
    if (inv.flags.contains("as-value")) {
      List<RosValue> list = new ArrayList<>();
      for (Row r : rows) {
        list.add(asValue(m, r));
      }
      return m.isSingle() && !list.isEmpty() ? list.get(0) : ArrayValue.of(list);
    }
    if (inv.flags.contains("count-only")) {
      console.output().add(Integer.toString(rows.size()));
      return new NumValue(rows.size());
    }
    boolean sensitive = session.may("sensitive")
        && (console.router().version().below("7.21") || inv.flags.contains("show-sensitive"));
    Printer printer = new Printer(m, console.width(), sensitive);
    List<String> lines;
    if (m.isSingle()) {
      lines = rows.isEmpty() ? List.of() : printer.single(rows.get(0), proplist);
    } else if (inv.flags.contains("terse")) {
      lines = printer.terse(rows, labels, proplist);
    } else if (inv.flags.contains("value-list")) {
      lines = printer.valueList(rows, proplist);
    } else if (inv.flags.contains("detail") || (!inv.flags.contains("brief") && !m.tableByDefault())) {
      lines = printer.detail(rows, labels, proplist);
    } else {
      lines = printer.table(rows, labels, proplist);
    }
    console.output().addAll(lines);
    return NilValue.NOTHING;
  }

  private void export(String path, Invocation inv) {
    boolean sensitive = inv.flags.contains("show-sensitive") && session.may("sensitive");
    Exporter.Mode mode = inv.flags.contains("terse") ? Exporter.Mode.TERSE
        : inv.flags.contains("verbose") ? Exporter.Mode.VERBOSE : Exporter.Mode.COMPACT;
    List<String> lines = new Exporter(console.router(), session, mode, sensitive).export(path);
    if (inv.named.containsKey("file")) {
      console.router().files().write(str(inv.named.get("file")) + ".rsc", String.join("\n", lines) + "\n");
      return;
    }
    console.output().addAll(lines);
  }

  // ------------------------------------------------------------------ values and items

  /** The item ids named by the positional selector at {@code index} (or {@code numbers=}). */
  private List<String> items(MenuDef m, Invocation inv, int index) throws ScriptException {
    RosValue sel = inv.named.containsKey("numbers") ? inv.named.get("numbers")
        : inv.positional.size() > index ? inv.positional.get(index) : null;
    if (m.isSingle()) {
      return List.of();
    }
    if (sel == null) {
      throw new ScriptException("missing value(s) of argument(s) numbers");
    }
    return resolveRefsAll(m, sel);
  }

  private List<String> resolveRefsAll(MenuDef m, RosValue sel) throws ScriptException {
    List<String> out = new ArrayList<>();
    if (sel instanceof ArrayValue a) {
      for (RosValue v : a.values()) {
        out.addAll(resolveRefsAll(m, v));
      }
      return out;
    }
    if (sel instanceof IdValue id) {
      out.add(io.rosipsec.menu.Item.formatId(id.value()));
      return out;
    }
    for (String part : str(sel).split(",")) {
      out.addAll(resolveRefs(m, part));
    }
    return out;
  }

  private List<String> resolveRefs(MenuDef m, String ref) throws ScriptException {
    if (ref.isEmpty()) {
      return List.of();
    }
    if (ref.matches("\\d+")) {
      List<String> numbering = console.numbering(m.path());
      if (numbering == null) {
        numbering = new ArrayList<>();
        for (Row r : menus.rows(session, m.path())) {
          numbering.add(r.id());
        }
        console.setNumbering(m.path(), numbering);
      }
      int n = Integer.parseInt(ref);
      if (n >= numbering.size()) {
        throw new ScriptException("no such item");
      }
      return List.of(numbering.get(n));
    }
    try {
      return List.of(menus.resolveOne(m.path(), ref));
    } catch (MenuException e) {
      throw new ScriptException(e.getMessage());
    }
  }

  private ItemView view(MenuDef m, Row r) {
    return prop -> {
      if (prop.equals(".id")) {
        return Optional.of(new IdValue(io.rosipsec.menu.Item.parseId(r.id())));
      }
      Optional<PropDef> p = m.prop(prop);
      if (p.isEmpty()) {
        return Optional.empty();
      }
      String v = r.get(prop);
      if (v == null) {
        return Optional.of(NilValue.NIL);
      }
      return Optional.of(typed(p.get(), v));
    };
  }

  private RosValue asValue(MenuDef m, Row r) {
    Map<String, RosValue> map = new LinkedHashMap<>();
    if (!r.id().isEmpty()) {
      map.put(".id", new IdValue(io.rosipsec.menu.Item.parseId(r.id())));
    }
    for (Map.Entry<String, String> e : r.values().entrySet()) {
      m.prop(e.getKey()).ifPresent(p -> map.put(e.getKey(), typed(p, e.getValue())));
    }
    return new ArrayValue(List.of(), map);
  }

  static RosValue typed(PropDef p, String v) {
    switch (p.kind()) {
      case BOOL:
        return BoolValue.of("yes".equals(v));
      case INT:
        try {
          return new NumValue(Long.parseLong(v));
        } catch (NumberFormatException e) {
          return new StrValue(v);
        }
      case TIME:
        long n = RosTime.tryParse(v).orElse(-1);
        return n >= 0 ? new TimeValue(n) : new StrValue(v);
      default:
        return new StrValue(v);
    }
  }

  private static Map<String, String> strings(Map<String, RosValue> named) {
    Map<String, String> out = new LinkedHashMap<>();
    named.forEach((k, v) -> out.put(k, str(v)));
    return out;
  }

  static String str(RosValue v) {
    if (v instanceof ArrayValue a && a.map().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (RosValue x : a.values()) {
        parts.add(str(x));
      }
      return String.join(",", parts);
    }
    if (v instanceof TimeValue t) {
      return RosTime.formatCompact(t.nanos());
    }
    if (v instanceof StrValue s) {
      return s.value();
    }
    return v.toPutString();
  }
}
