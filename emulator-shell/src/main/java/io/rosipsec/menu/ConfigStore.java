package io.rosipsec.menu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All configuration items of one router, per menu path, in menu order, with per-menu id counters (ids are never
 * reused). Values of single-value menus are one item with id 0. Not thread-safe: the {@link MenuService} serialises
 * access and wraps every command in {@link #snapshot()}/{@link #restore(Snapshot)} so a failed command changes
 * nothing.
 */
public final class ConfigStore {
  private final Map<String, Table> tables = new LinkedHashMap<>();

  /** One menu's items and id counter. */
  static final class Table {
    final List<Item> items = new ArrayList<>();
    long nextId = 1;

    Table copy() {
      Table t = new Table();
      t.nextId = nextId;
      for (Item i : items) {
        t.items.add(i.copy());
      }
      return t;
    }
  }

  /** A deep copy of every table, to roll back to. */
  public static final class Snapshot {
    private final Map<String, Table> tables;

    private Snapshot(Map<String, Table> tables) {
      this.tables = tables;
    }
  }

  Table table(String path) {
    return tables.computeIfAbsent(path, p -> new Table());
  }

  public List<Item> items(String path) {
    Table t = tables.get(path);
    return t == null ? List.of() : List.copyOf(t.items);
  }

  public Optional<Item> byId(String path, long id) {
    Table t = tables.get(path);
    if (t != null) {
      for (Item i : t.items) {
        if (i.id() == id) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  /** Adds an item with the next id, at the end or before {@code beforeId} (when not -1). */
  Item add(String path, Map<String, String> values, long beforeId) {
    Table t = table(path);
    Item item = new Item(t.nextId++, values);
    int at = t.items.size();
    if (beforeId >= 0) {
      for (int i = 0; i < t.items.size(); i++) {
        if (t.items.get(i).id() == beforeId) {
          at = i;
          break;
        }
      }
    }
    t.items.add(at, item);
    return item;
  }

  /** Restores an item with a known id (persistence). */
  void load(String path, long id, Map<String, String> values, long nextId) {
    Table t = table(path);
    t.items.add(new Item(id, values));
    t.nextId = Math.max(Math.max(t.nextId, nextId), id + 1);
  }

  void setNextId(String path, long nextId) {
    Table t = table(path);
    t.nextId = Math.max(t.nextId, nextId);
  }

  long nextId(String path) {
    return table(path).nextId;
  }

  void remove(String path, long id) {
    table(path).items.removeIf(i -> i.id() == id);
  }

  /** Moves items (in the given order) before {@code beforeId}, or to the end when -1. */
  void move(String path, List<Long> ids, long beforeId) {
    Table t = table(path);
    List<Item> moving = new ArrayList<>();
    for (long id : ids) {
      t.items.stream().filter(i -> i.id() == id).findFirst().ifPresent(moving::add);
    }
    t.items.removeAll(moving);
    int at = t.items.size();
    for (int i = 0; i < t.items.size(); i++) {
      if (t.items.get(i).id() == beforeId) {
        at = i;
        break;
      }
    }
    t.items.addAll(at, moving);
  }

  Map<String, Table> tables() {
    return tables;
  }

  public Snapshot snapshot() {
    Map<String, Table> copy = new LinkedHashMap<>();
    tables.forEach((k, v) -> copy.put(k, v.copy()));
    return new Snapshot(copy);
  }

  public void restore(Snapshot s) {
    tables.clear();
    s.tables.forEach((k, v) -> tables.put(k, v.copy()));
  }
}
