package io.rosipsec.menu;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One configuration item: its RouterOS internal id and its property values in canonical stored form (references are
 * stored as the target's {@code *id}, so renaming a target follows every reference). Unset optional properties are
 * absent. Items are mutated only inside the {@link ConfigStore} during a transaction.
 */
public final class Item {
  private final long id;
  private final Map<String, String> values;

  public Item(long id, Map<String, String> values) {
    this.id = id;
    this.values = new LinkedHashMap<>(values);
  }

  public long id() {
    return id;
  }

  /** {@code *1A} form. */
  public String idString() {
    return formatId(id);
  }

  public String get(String prop) {
    return values.get(prop);
  }

  public boolean has(String prop) {
    return values.containsKey(prop);
  }

  public Map<String, String> values() {
    return Collections.unmodifiableMap(values);
  }

  void put(String prop, String value) {
    if (value == null) {
      values.remove(prop);
    } else {
      values.put(prop, value);
    }
  }

  Item copy() {
    return new Item(id, values);
  }

  public boolean isYes(String prop) {
    return "yes".equals(values.get(prop));
  }

  public static String formatId(long id) {
    return "*" + Long.toHexString(id).toUpperCase();
  }

  /** Parses {@code *1A}; -1 when not an id. */
  public static long parseId(String s) {
    if (s == null || s.length() < 2 || s.charAt(0) != '*') {
      return -1;
    }
    try {
      return Long.parseUnsignedLong(s.substring(1), 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
