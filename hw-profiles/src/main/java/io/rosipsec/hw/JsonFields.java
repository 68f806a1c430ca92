package io.rosipsec.hw;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Typed, strict access to the fields of one JSON object of a data file; errors name the resource. */
final class JsonFields {

  private final String where;
  private final JsonNode node;

  JsonFields(String where, JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new HwProfileException(where + ": expected a JSON object");
    }
    this.where = where;
    this.node = node;
  }

  String where() {
    return where;
  }

  HwProfileException error(String field, String problem) {
    return new HwProfileException(where + ": field '" + field + "' " + problem);
  }

  /** Rejects fields outside {@code allowed}, so a typo in a data file fails loudly. */
  void onlyFields(Set<String> allowed) {
    Iterator<String> it = node.fieldNames();
    while (it.hasNext()) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw new HwProfileException(where + ": unknown field '" + f + "'");
      }
    }
  }

  boolean has(String field) {
    JsonNode v = node.get(field);
    return v != null && !v.isNull();
  }

  JsonFields object(String field) {
    if (!has(field)) {
      throw error(field, "is missing");
    }
    return new JsonFields(where + "/" + field, node.get(field));
  }

  String string(String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isEmpty()) {
      throw error(field, "must be a non-empty string");
    }
    return v.asText();
  }

  String optionalString(String field) {
    return has(field) ? string(field) : null;
  }

  boolean bool(String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isBoolean()) {
      throw error(field, "must be true or false");
    }
    return v.asBoolean();
  }

  long positiveLong(String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() <= 0) {
      throw error(field, "must be a positive integer");
    }
    return v.asLong();
  }

  int positiveInt(String field) {
    long v = positiveLong(field);
    if (v > Integer.MAX_VALUE) {
      throw error(field, "is too large");
    }
    return (int) v;
  }

  double positiveDouble(String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isNumber() || !(v.asDouble() > 0)) {
      throw error(field, "must be a positive number");
    }
    return v.asDouble();
  }

  /** A string array; missing means empty. */
  List<String> strings(String field) {
    List<String> out = new ArrayList<>();
    if (!has(field)) {
      return out;
    }
    JsonNode v = node.get(field);
    if (!v.isArray()) {
      throw error(field, "must be an array of strings");
    }
    for (JsonNode e : v) {
      if (!e.isTextual() || e.asText().isEmpty()) {
        throw error(field, "must contain only non-empty strings");
      }
      out.add(e.asText());
    }
    return out;
  }

  /** An integer array; missing means empty. */
  List<Integer> ints(String field) {
    List<Integer> out = new ArrayList<>();
    if (!has(field)) {
      return out;
    }
    JsonNode v = node.get(field);
    if (!v.isArray()) {
      throw error(field, "must be an array of integers");
    }
    for (JsonNode e : v) {
      if (!e.isInt()) {
        throw error(field, "must contain only integers");
      }
      out.add(e.asInt());
    }
    return out;
  }

  /** An array of objects; missing means empty. */
  List<JsonFields> objects(String field) {
    List<JsonFields> out = new ArrayList<>();
    if (!has(field)) {
      return out;
    }
    JsonNode v = node.get(field);
    if (!v.isArray()) {
      throw error(field, "must be an array of objects");
    }
    int i = 0;
    for (JsonNode e : v) {
      out.add(new JsonFields(where + "/" + field + "[" + i++ + "]", e));
    }
    return out;
  }

  /** An object whose values are all strings; missing means empty. */
  Map<String, String> stringMap(String field) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!has(field)) {
      return out;
    }
    JsonNode v = node.get(field);
    if (!v.isObject()) {
      throw error(field, "must be an object of strings");
    }
    v.fields()
        .forEachRemaining(
            e -> {
              if (!e.getValue().isTextual()) {
                throw error(field + "." + e.getKey(), "must be a string");
              }
              out.put(e.getKey(), e.getValue().asText());
            });
    return out;
  }

  /** Names of the fields of this object, in file order. */
  List<String> fieldNames() {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** The raw node of a field (for fields that may be a string or an array). */
  JsonNode raw(String field) {
    return node.get(field);
  }
}
