package io.rosipsec.menu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one entry point of every front end (console, binary API, REST) into a router's configuration: generic menu
 * operations driven entirely by the {@link Schema}, each one a transaction over the {@link ConfigStore} (a refused
 * command changes nothing), with per-menu {@link MenuHook}s and live {@link StatusProvider}s. Thread-safe: commands
 * of all sessions are serialised.
 */
public final class MenuService {
  private final Schema schema;
  private final ConfigStore store;
  private final Map<String, MenuHook> hooks = new LinkedHashMap<>();
  private final Map<String, StatusProvider> providers = new LinkedHashMap<>();
  private final Map<String, Supplier<List<Map<String, String>>>> dynamicItems = new LinkedHashMap<>();
  private final List<Consumer<ConfigStore>> commitListeners = new CopyOnWriteArrayList<>();
  private final List<Runnable> pendingApply = new ArrayList<>();
  private final Map<String, Map<String, String>> builtinOriginals = new LinkedHashMap<>();

  public MenuService(Schema schema, ConfigStore store) {
    this.schema = schema;
    this.store = store;
  }

  public Schema schema() {
    return schema;
  }

  public ConfigStore store() {
    return store;
  }

  /** Adds a hook to a menu; a menu with a hook already runs both, the earlier first ({@link MenuHooks}). */
  public void hook(String path, MenuHook hook) {
    hooks.merge(path, hook, MenuHooks::new);
  }

  public void provider(String path, StatusProvider provider) {
    providers.put(path, provider);
  }

  /**
   * Live dynamic items of a configuration menu (the {@code D} policies {@code generate-policy} creates): listed after
   * the stored items with {@code dynamic=yes}, through the menu's hook like stored ones, never stored, persisted or
   * exported, and not changeable. Each row carries its id under {@code .id}, outside the store's id range.
   */
  public void dynamicItems(String path, Supplier<List<Map<String, String>>> items) {
    dynamicItems.put(path, items);
  }

  /** Called after every committed change with the store (persistence writes it out). */
  public void onCommit(Consumer<ConfigStore> listener) {
    commitListeners.add(listener);
  }

  // ---------------------------------------------------------------- defaults

  /** Creates the items a fresh router holds (default profile, proposal, group, template policy, ...). */
  public synchronized void installDefaults() {
    List<Object[]> refs = new ArrayList<>();
    for (MenuDef m : schema.menus()) {
      if (m.kind() != MenuKind.LIST || !store.items(m.path()).isEmpty()) {
        continue;
      }
      for (Map<String, String> d : m.defaultItems()) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : d.entrySet()) {
          Optional<PropDef> p = m.prop(e.getKey());
          if (p.isEmpty()) {
            continue;
          }
          if (p.get().kind() == PropKind.REF || p.get().kind() == PropKind.REF_LIST) {
            refs.add(new Object[] {m, null, p.get(), e.getValue()});
          } else {
            values.put(e.getKey(), e.getValue());
          }
        }
        Item item = store.add(m.path(), values, -1);
        for (Object[] r : refs) {
          if (r[1] == null) {
            r[1] = item;
          }
        }
      }
    }
    for (Object[] r : refs) {
      MenuDef m = (MenuDef) r[0];
      PropDef p = (PropDef) r[2];
      String v = Values.parse(p, (String) r[3], this::resolveRef);
      ((Item) r[1]).put(p.name(), v);
    }
  }

  /** Adds a built-in item (an interface of the board) outside any user command. */
  public synchronized Item addBuiltin(String path, Map<String, String> values) {
    Item item = store.add(path, values, -1);
    builtinOriginals.put(path + item.idString(), Map.copyOf(values));
    return item;
  }

  /** Records the creation values of a built-in item restored from disk. */
  public synchronized void registerBuiltin(String path, String id, Map<String, String> values) {
    builtinOriginals.put(path + id, Map.copyOf(values));
  }

  /** The values a built-in item (an interface of the board) was created with; export omits them. */
  public synchronized Optional<Map<String, String>> builtinOriginal(String path, String id) {
    return Optional.ofNullable(builtinOriginals.get(path + id));
  }

  // ---------------------------------------------------------------- reading

  /** One printed row: id ({@code *1}, empty for single menus) and display values (references by name). */
  public record Row(String id, Map<String, String> values) {
    public String get(String prop) {
      return values.get(prop);
    }

    public boolean flag(String prop) {
      return "yes".equals(values.get(prop));
    }
  }

  /** Rows of a menu in menu order, with defaults filled in, references shown by name, derived values added. */
  public synchronized List<Row> rows(Session s, String path) {
    MenuDef m = menu(path);
    requirePolicy(s, "read");
    StatusProvider sp = providers.get(path);
    List<Row> out = new ArrayList<>();
    if (m.readOnly()) {
      if (sp == null) {
        return out;
      }
      for (Map<String, String> r : sp.rows()) {
        Map<String, String> vals = new LinkedHashMap<>();
        for (PropDef p : m.props()) {
          String v = r.get(p.name());
          if (v == null) {
            v = p.defaultValue();
          }
          if (v != null) {
            vals.put(p.name(), v);
          }
        }
        out.add(new Row(r.getOrDefault(".id", ""), vals));
      }
      return out;
    }
    List<Item> items = store.items(path);
    if (m.kind() == MenuKind.SINGLE) {
      Item one = items.isEmpty() ? new Item(0, Map.of()) : items.get(0);
      out.add(new Row("", display(m, one)));
      return out;
    }
    for (Item i : items) {
      out.add(new Row(i.idString(), display(m, i)));
    }
    for (Map<String, String> d : dynamicRows(path)) {
      Map<String, String> values = new LinkedHashMap<>(d);
      String id = values.remove(".id");
      values.put("dynamic", "yes");
      out.add(new Row(id, display(m, new Item(Item.parseId(id), values))));
    }
    return out;
  }

  private List<Map<String, String>> dynamicRows(String path) {
    Supplier<List<Map<String, String>>> s = dynamicItems.get(path);
    return s == null ? List.of() : s.get();
  }

  /** Display values of one item, in the menu's property order. */
  Map<String, String> display(MenuDef m, Item item) {
    Map<String, String> vals = new LinkedHashMap<>();
    for (PropDef p : m.props()) {
      String v = item.get(p.name());
      if (v == null) {
        v = p.defaultValue();
      }
      if (v == null) {
        continue;
      }
      if (p.kind() == PropKind.REF && !p.values().contains(v)) {
        v = refName(p, v);
      } else if (p.kind() == PropKind.REF_LIST && !v.isEmpty()) {
        List<String> names = new ArrayList<>();
        for (String id : v.split(",")) {
          names.add(refName(p, id));
        }
        v = String.join(",", names);
      }
      vals.put(p.name(), v);
    }
    MenuHook h = hooks.get(m.path());
    if (h != null) {
      h.derive(this, item, vals);
    }
    return vals;
  }

  private String refName(PropDef p, String idText) {
    long id = Item.parseId(idText);
    MenuDef target = menu(p.refMenu());
    return store
        .byId(target.path(), id)
        .map(t -> target.keyProp().map(k -> t.get(k.name())).orElse(t.idString()))
        .orElse(idText);
  }

  /** Value of one property of one item, as printed. */
  public synchronized String get(Session s, String path, String ref, String prop) {
    MenuDef m = menu(path);
    if (m.prop(prop).isEmpty()) {
      throw new MenuException("input does not match any value of value-name");
    }
    if (m.prop(prop).get().secret() && !s.may("sensitive")) {
      throw MenuException.notEnoughPermissions();
    }
    Row row;
    if (m.isSingle()) {
      row = rows(s, path).get(0);
    } else {
      String id = resolveOne(path, ref);
      row = rows(s, path).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(MenuException::noSuchItem);
    }
    String v = row.get(prop);
    return v == null ? "" : v;
  }

  // ---------------------------------------------------------------- references

  /** Resolves an item reference ({@code *1A} or a name) to its {@code *id}; {@code no such item} otherwise. */
  public synchronized String resolveOne(String path, String ref) {
    MenuDef m = menu(path);
    if (m.readOnly()) {
      StatusProvider sp = providers.get(path);
      if (sp != null) {
        String key = m.keyProp().map(PropDef::name).orElse(null);
        for (Map<String, String> r : sp.rows()) {
          if (ref.equals(r.get(".id"))) {
            return ref;
          }
          if (key != null && ref.equals(r.get(key))) {
            return r.get(".id"); // a live row by its key: /system package disable zerotier
          }
        }
      }
      throw MenuException.noSuchItem();
    }
    long id = Item.parseId(ref);
    if (id >= 0) {
      if (store.byId(path, id).isPresent()) {
        return Item.formatId(id);
      }
      for (Map<String, String> d : dynamicRows(path)) {
        if (Item.formatId(id).equals(d.get(".id"))) {
          return Item.formatId(id);
        }
      }
      throw MenuException.noSuchItem();
    }
    Optional<PropDef> key = m.keyProp();
    if (key.isPresent()) {
      for (Item i : store.items(path)) {
        if (ref.equals(i.get(key.get().name()))) {
          return i.idString();
        }
      }
    }
    throw MenuException.noSuchItem();
  }

  /** Resolves a reference value typed for a REF property: exact name, else a unique prefix. */
  String resolveRef(PropDef p, String text) {
    MenuDef target = menu(p.refMenu());
    long id = Item.parseId(text);
    if (id >= 0 && store.byId(target.path(), id).isPresent()) {
      return Item.formatId(id);
    }
    String key = target.keyProp().map(PropDef::name).orElse(null);
    if (key == null) {
      throw Values.noMatch(p);
    }
    List<Item> prefix = new ArrayList<>();
    for (Item i : store.items(target.path())) {
      String name = i.get(key);
      if (text.equals(name)) {
        return i.idString();
      }
      if (name != null && !text.isEmpty() && name.startsWith(text)) {
        prefix.add(i);
      }
    }
    if (prefix.size() == 1) {
      return prefix.get(0).idString();
    }
    if (prefix.size() > 1) {
      throw new MenuException(
          "ambiguous value of " + p.name() + ", more than one possible value matches input");
    }
    throw Values.noMatch(p);
  }

  // ---------------------------------------------------------------- writing

  /** {@code add}: returns the new item's {@code *id}. */
  public synchronized String add(Session s, String path, Map<String, String> args) {
    MenuDef m = menu(path);
    if (m.readOnly() && providers.containsKey(path)) {
      requirePolicy(s, "write");
      return providers.get(path).add(args);
    }
    return transact(s, m, () -> {
      Map<String, String> values = new LinkedHashMap<>();
      Map<String, String> rest = new LinkedHashMap<>(args);
      String copyFrom = rest.remove("copy-from");
      String placeBefore = rest.remove("place-before");
      if (copyFrom != null) {
        Item src = store.byId(path, Item.parseId(resolveOne(path, copyFrom))).orElseThrow();
        for (Map.Entry<String, String> e : src.values().entrySet()) {
          PropDef p = m.prop(e.getKey()).orElse(null);
          if (p != null && !p.readOnly()) {
            values.put(e.getKey(), e.getValue());
          }
        }
      }
      applyArgs(m, values, rest);
      for (PropDef p : m.props()) {
        if (p.key() && !values.containsKey(p.name()) && m.autoName() != null) {
          values.put(p.name(), autoName(m, p));
        }
      }
      List<String> missing = new ArrayList<>();
      for (PropDef p : m.props()) {
        if ((p.required() || (p.key() && m.autoName() == null)) && !values.containsKey(p.name())) {
          missing.add(p.name());
        }
      }
      if (!missing.isEmpty()) {
        throw new MenuException("missing value(s) of argument(s) " + String.join(", ", missing));
      }
      long before = -1;
      if (placeBefore != null) {
        if (!m.ordered()) {
          throw new MenuException("unknown parameter place-before");
        }
        before = Item.parseId(resolveOne(path, placeBefore));
      }
      Item item = store.add(path, values, before);
      checkUnique(m, item);
      validate(m, null, item);
      return item.idString();
    });
  }

  /** {@code set} (and {@code enable}/{@code disable}/{@code comment}): {@code unset} lists properties to clear. */
  public synchronized void set(
      Session s, String path, List<String> refs, Map<String, String> args, Collection<String> unset) {
    MenuDef m = menu(path);
    transact(s, m, () -> {
      for (Item item : targets(m, refs)) {
        Item before = item.copy();
        Map<String, String> values = new LinkedHashMap<>(item.values());
        applyArgs(m, values, args);
        for (String u : unset) {
          PropDef p = writable(m, u);
          if (!p.optional() && !p.isList()) {
            throw new MenuException("can not unset " + u);
          }
          values.remove(u);
        }
        for (PropDef p : m.props()) {
          item.put(p.name(), values.get(p.name()));
        }
        checkUnique(m, item);
        validate(m, before, item);
      }
      return null;
    });
  }

  /** {@code reset}: properties back to their defaults (all settable ones when none named). */
  public synchronized void reset(Session s, String path, List<String> refs, Collection<String> props) {
    MenuDef m = menu(path);
    transact(s, m, () -> {
      for (Item item : targets(m, refs)) {
        Item before = item.copy();
        for (PropDef p : m.props()) {
          if (!p.readOnly() && !p.key() && (props.isEmpty() || props.contains(p.name()))) {
            item.put(p.name(), null);
          }
        }
        validate(m, before, item);
      }
      return null;
    });
  }

  /** {@code remove}. */
  public synchronized void remove(Session s, String path, List<String> refs) {
    MenuDef m = menu(path);
    if (m.readOnly()) {
      requirePolicy(s, "write");
      StatusProvider sp = providers.get(path);
      List<String> ids = new ArrayList<>();
      for (String r : refs) {
        ids.add(resolveOne(path, r));
      }
      if (sp == null || !sp.action("remove", ids, Map.of())) {
        throw new MenuException("failure: can not remove");
      }
      return;
    }
    transact(s, m, () -> {
      for (Item item : targets(m, refs)) {
        if (item.isYes("default") || (m.path().equals("/ip/service"))) {
          throw new MenuException(m.removeDefaultError());
        }
        String user = referrer(m, item);
        if (user != null) {
          throw new MenuException("failure: can not remove, " + m.name() + " is used by " + user);
        }
        store.remove(path, item.id());
        validate(m, item, null);
      }
      return null;
    });
  }

  /** {@code move items [destination]} on ordered menus. */
  public synchronized void move(Session s, String path, List<String> refs, String destination) {
    MenuDef m = menu(path);
    transact(s, m, () -> {
      List<Long> ids = new ArrayList<>();
      for (Item i : targets(m, refs)) {
        ids.add(i.id());
      }
      long dest = destination == null ? -1 : Item.parseId(resolveOne(path, destination));
      store.move(path, ids, dest);
      return null;
    });
  }

  /**
   * {@code enable}/{@code disable} from any front end: {@code disabled=no|yes} on a configuration menu; on a live menu
   * the status provider's action of that name ({@code /system package disable} schedules the change).
   */
  public void setDisabled(Session s, String path, List<String> refs, boolean disabled) {
    if (menu(path).readOnly()) {
      action(s, path, disabled ? "disable" : "enable", refs, Map.of());
    } else {
      set(s, path, refs, Map.of("disabled", disabled ? "yes" : "no"), List.of());
    }
  }

  /** A menu action ({@code flush}, {@code kill-connections}, ...) served by the menu's status provider. */
  public synchronized void action(
      Session s, String path, String command, List<String> refs, Map<String, String> args) {
    MenuDef m = menu(path);
    requirePolicy(s, "write");
    MenuHook h = hooks.get(path);
    if (h != null && !m.readOnly()) {
      transact(s, m, () -> {
        if (!h.action(this, s, command, refs, args)) {
          throw new MenuException("failure: " + command + " is not available");
        }
        return null;
      });
      return;
    }
    StatusProvider sp = providers.get(path);
    List<String> ids = new ArrayList<>();
    for (String ref : refs) {
      ids.add(sp == null ? ref : resolveOne(path, ref)); // ids or names (API/REST numbers=zerotier); unknown: no such item
    }
    if (sp == null || !sp.action(command, ids, args)) {
      throw new MenuException("failure: " + command + " is not available");
    }
  }

  /**
   * Stores values no command may set (a certificate's key, its read-only facts) on an item; for a hook's action,
   * inside the running transaction, so they roll back with it. Names outside the schema are kept and persisted but
   * never printed or exported.
   */
  public synchronized void putInternal(String path, String id, Map<String, String> values) {
    Item item = store.byId(path, Item.parseId(id)).orElseThrow(MenuException::noSuchItem);
    values.forEach(item::put);
  }

  // ---------------------------------------------------------------- internals

  private interface Body<T> {
    T run();
  }

  private <T> T transact(Session s, MenuDef m, Body<T> body) {
    requirePolicy(s, "write");
    if (m.readOnly()) {
      throw new MenuException("failure: read-only menu");
    }
    ConfigStore.Snapshot snap = store.snapshot();
    pendingApply.clear();
    T result;
    try {
      result = body.run();
    } catch (RuntimeException e) {
      store.restore(snap);
      pendingApply.clear();
      throw e;
    }
    for (Consumer<ConfigStore> l : commitListeners) {
      l.accept(store);
    }
    List<Runnable> apply = new ArrayList<>(pendingApply);
    pendingApply.clear();
    apply.forEach(Runnable::run);
    return result;
  }

  private void validate(MenuDef m, Item before, Item after) {
    MenuHook h = hooks.get(m.path());
    if (h != null) {
      h.validate(this, before, after);
      pendingApply.add(() -> h.applied(this, before, after));
    }
  }

  private List<Item> targets(MenuDef m, List<String> refs) {
    List<Item> out = new ArrayList<>();
    if (m.kind() == MenuKind.SINGLE) {
      List<Item> items = store.items(m.path());
      out.add(items.isEmpty() ? store.add(m.path(), Map.of(), -1) : items.get(0));
      return out;
    }
    for (String r : refs) {
      long id = Item.parseId(resolveOne(m.path(), r));
      Optional<Item> item = store.byId(m.path(), id);
      if (item.isEmpty()) {
        // resolved to a dynamic item: those follow the engine, not commands
        throw new MenuException("failure: can not change dynamic item");
      }
      if (!out.contains(item.get())) {
        out.add(item.get());
      }
    }
    return out;
  }

  private void applyArgs(MenuDef m, Map<String, String> values, Map<String, String> args) {
    for (Map.Entry<String, String> e : args.entrySet()) {
      PropDef p = writable(m, e.getKey());
      if (e.getValue().isEmpty() && p.emptyClears()) {
        // An empty value clears an optional property, as RouterOS does for comment= or address= on every front end.
        values.remove(p.name());
        continue;
      }
      values.put(p.name(), Values.parse(p, e.getValue(), this::resolveRef));
    }
  }

  private PropDef writable(MenuDef m, String name) {
    PropDef p = m.prop(name).orElseThrow(() -> new MenuException("unknown parameter " + name));
    if (p.readOnly()) {
      throw new MenuException("unknown parameter " + name);
    }
    return p;
  }

  private void checkUnique(MenuDef m, Item item) {
    for (PropDef p : m.props()) {
      if (!p.unique() || !item.has(p.name())) {
        continue;
      }
      for (Item other : store.items(m.path())) {
        if (other.id() != item.id() && item.get(p.name()).equals(other.get(p.name()))) {
          throw new MenuException(m.duplicateError());
        }
      }
    }
  }

  private String autoName(MenuDef m, PropDef key) {
    for (int n = 1; ; n++) {
      String candidate = m.autoName() + n;
      boolean taken = store.items(m.path()).stream().anyMatch(i -> candidate.equals(i.get(key.name())));
      if (!taken) {
        return candidate;
      }
    }
  }

  /** The first item of another menu that references this one, as {@code menu-name}, or null. */
  private String referrer(MenuDef target, Item item) {
    String id = item.idString();
    for (MenuDef m : schema.menus()) {
      for (PropDef p : m.props()) {
        if (!target.path().equals(p.refMenu())) {
          continue;
        }
        for (Item i : store.items(m.path())) {
          String v = i.get(p.name());
          if (v != null && List.of(v.split(",")).contains(id)) {
            return m.name();
          }
        }
      }
    }
    return null;
  }

  private void requirePolicy(Session s, String policy) {
    if (!s.may(policy)) {
      throw MenuException.notEnoughPermissions();
    }
  }

  MenuDef menu(String path) {
    return schema.menu(path).orElseThrow(() -> new MenuException("no such command or directory (" + path + ")"));
  }
}
