package io.rosipsec.menu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The menu tree of one RouterOS version: every menu the emulator knows, with its properties and commands. Built by
 * {@link SchemaLoader}; immutable. Intermediate directories ({@code /ip}) exist implicitly.
 */
public final class Schema {
  private final RosVersion version;
  private final Map<String, MenuDef> menus;
  private final Map<String, List<String>> children = new LinkedHashMap<>();

  Schema(RosVersion version, Map<String, MenuDef> menus) {
    this.version = version;
    this.menus = Collections.unmodifiableMap(new LinkedHashMap<>(menus));
    Map<String, TreeSet<String>> kids = new LinkedHashMap<>();
    kids.put("", new TreeSet<>());
    for (String path : menus.keySet()) {
      String p = path;
      while (!p.isEmpty()) {
        int cut = p.lastIndexOf('/');
        String parent = p.substring(0, cut);
        kids.computeIfAbsent(parent, k -> new TreeSet<>()).add(p.substring(cut + 1));
        kids.computeIfAbsent(p, k -> new TreeSet<>());
        p = parent;
      }
    }
    kids.forEach((k, v) -> children.put(k, List.copyOf(v)));
  }

  /**
   * This schema without some menus (and what lies under them): a board that lacks a menu RouterOS has in that version
   * ({@code /system/routerboard} on CHR and x86) answers {@code bad command name} for it.
   */
  public Schema without(java.util.Set<String> paths) {
    Map<String, MenuDef> kept = new LinkedHashMap<>();
    for (Map.Entry<String, MenuDef> e : menus.entrySet()) {
      boolean drop = paths.stream().anyMatch(p -> e.getKey().equals(p) || e.getKey().startsWith(p + "/"));
      if (!drop) {
        kept.put(e.getKey(), e.getValue());
      }
    }
    return new Schema(version, kept);
  }

  public RosVersion version() {
    return version;
  }

  /** The menu at a path ({@code /ip/ipsec/peer}); empty for implicit directories and unknown paths. */
  public Optional<MenuDef> menu(String path) {
    return Optional.ofNullable(menus.get(path));
  }

  public MenuDef require(String path) {
    MenuDef m = menus.get(path);
    if (m == null) {
      throw new IllegalArgumentException("no menu " + path);
    }
    return m;
  }

  /** Whether the path is a menu or an implicit directory. */
  public boolean exists(String path) {
    return children.containsKey(path);
  }

  /** Names of the sub-menus of a path, sorted. */
  public List<String> children(String path) {
    return children.getOrDefault(path, List.of());
  }

  public Collection<MenuDef> menus() {
    return menus.values();
  }

  /** Menus in export order. */
  public List<MenuDef> exportOrder() {
    List<MenuDef> out = new ArrayList<>();
    for (MenuDef m : menus.values()) {
      if (m.exportOrder() >= 0) {
        out.add(m);
      }
    }
    out.sort((a, b) -> Integer.compare(a.exportOrder(), b.exportOrder()));
    return out;
  }
}
