package io.rosipsec.shell.console.script;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * RouterOS {@code array}: an ordered list of unkeyed elements ({@code {1;2;3}}) plus key→value
 * elements ({@code {a=1;b=2}}), which RouterOS keeps sorted by key. {@code :put} prints the
 * elements joined by {@code ;}, keyed ones as {@code key=value} ({@code *1;*2}, {@code a=1;b=2}).
 */
public record ArrayValue(List<RosValue> list, Map<String, RosValue> map) implements RosValue {
  /** The empty array. */
  public static final ArrayValue EMPTY = new ArrayValue(List.of(), Map.of());

  /** Copies both parts; keyed elements are sorted by key. */
  public ArrayValue {
    list = List.copyOf(list);
    map = Collections.unmodifiableMap(new TreeMap<>(map));
  }

  /** An unkeyed array of {@code elements}. */
  public static ArrayValue of(List<? extends RosValue> elements) {
    return new ArrayValue(new ArrayList<>(elements), Map.of());
  }

  /** Number of elements ({@code :len}). */
  public int size() {
    return list.size() + map.size();
  }

  /** The unkeyed elements followed by the keyed values, in print order. */
  public List<RosValue> values() {
    List<RosValue> out = new ArrayList<>(list);
    out.addAll(map.values());
    return out;
  }

  /** Element by key ({@code ->"key"}) or by index for unkeyed elements. */
  public Optional<RosValue> get(String key) {
    RosValue v = map.get(key);
    if (v != null) {
      return Optional.of(v);
    }
    try {
      int i = Integer.parseInt(key);
      return i >= 0 && i < list.size() ? Optional.of(list.get(i)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public String typeName() {
    return "array";
  }

  @Override
  public String toPutString() {
    StringJoiner sj = new StringJoiner(";");
    for (RosValue v : list) {
      sj.add(v.toPutString());
    }
    for (Map.Entry<String, RosValue> e : map.entrySet()) {
      sj.add(e.getKey() + "=" + e.getValue().toPutString());
    }
    return sj.toString();
  }
}
