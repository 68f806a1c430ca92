package io.rosipsec.menu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the declarative menu schema: one JSON file per menu under {@code io/rosipsec/menu/schema/} (listed in
 * {@code index.txt}) and the generic verb argument table {@code verbs.json}, and builds the {@link Schema} of one
 * RouterOS version. Version-dependent entries carry {@code since}/{@code until}, or the compact suffix
 * {@code name@since} / {@code name@since-until} / {@code name@-until} in argument lists.
 *
 * <p>Generic commands get their arguments from the menu's properties: {@code add} takes the settable properties plus
 * {@code copy-from} (and {@code place-before} on ordered menus), {@code set} and {@code reset} the settable properties
 * plus {@code numbers}; {@code print} on a menu with a secret property gains {@code show-sensitive} (7.22+). A menu may
 * adjust any command's list with {@code args}: {@code "print+": [...]} adds, {@code "print-": [...]} removes,
 * {@code "reset": [...]} replaces.
 */
public final class SchemaLoader {
  private static final String BASE = "/io/rosipsec/menu/schema/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

  private final String base;
  private final List<JsonNode> extraMenus;

  private SchemaLoader(String base, List<JsonNode> extraMenus) {
    this.base = base;
    this.extraMenus = extraMenus;
  }

  /** The shipped schema of a version (cached; schemas are immutable). */
  public static Schema load(RosVersion version) {
    return CACHE.computeIfAbsent(version.toString(), v -> new SchemaLoader(BASE, List.of()).build(version));
  }

  /**
   * The shipped schema plus extra menu declarations, in the same JSON form as the resource files; a declaration
   * whose path already exists replaces that menu. Used to show that a new property needs no code.
   */
  public static Schema loadWith(RosVersion version, List<String> extraMenuJson) {
    List<JsonNode> extra = new ArrayList<>();
    for (String s : extraMenuJson) {
      try {
        extra.add(JSON.readTree(s));
      } catch (IOException e) {
        throw new IllegalArgumentException("bad menu declaration", e);
      }
    }
    return new SchemaLoader(BASE, extra).build(version);
  }

  private Schema build(RosVersion version) {
    JsonNode verbs = readJson("verbs.json");
    List<JsonNode> decls = new ArrayList<>();
    for (String file : readIndex()) {
      JsonNode n = readJson(file);
      boolean replaced =
          extraMenus.stream().anyMatch(x -> x.get("path").asText().equals(n.get("path").asText()));
      if (!replaced) {
        decls.add(n);
      }
    }
    decls.addAll(extraMenus);
    Map<String, MenuDef> menus = new TreeMap<>();
    for (JsonNode n : decls) {
      if (exists(n, version)) {
        MenuDef m = menu(n, verbs, version);
        menus.put(m.path(), m);
      }
    }
    return new Schema(version, menus);
  }

  private static boolean exists(JsonNode n, RosVersion v) {
    String since = text(n, "since");
    String until = text(n, "until");
    return (since == null || v.atLeast(since)) && (until == null || v.below(until));
  }

  private MenuDef menu(JsonNode n, JsonNode verbs, RosVersion v) {
    String path = n.get("path").asText();
    MenuKind kind = MenuKind.valueOf(n.path("kind").asText("list").toUpperCase().replace('-', '_'));
    List<PropDef> props = new ArrayList<>();
    for (JsonNode p : n.path("props")) {
      PropDef d = prop(p);
      if (d.existsIn(v)) {
        props.add(d);
      }
    }
    boolean ordered = n.path("ordered").asBoolean(false);
    boolean single = kind == MenuKind.SINGLE || kind == MenuKind.STATUS_SINGLE;
    boolean hasSecret = props.stream().anyMatch(PropDef::secret);
    List<String> settable = new ArrayList<>();
    for (PropDef p : props) {
      if (!p.readOnly()) {
        settable.add(p.name());
      }
    }
    Map<String, CommandDef> commands = new TreeMap<>();
    for (String verbSpec : strings(n.path("verbs"))) {
      String verb = versioned(verbSpec, v);
      if (verb == null) {
        continue;
      }
      TreeSet<String> args = new TreeSet<>();
      switch (verb) {
        case "add" -> {
          args.addAll(settable);
          args.add("copy-from");
          if (ordered) {
            args.add("place-before");
          }
        }
        case "set", "reset" -> {
          args.addAll(settable);
          if (!single) {
            args.add("numbers");
          }
        }
        case "print" -> {
          args.addAll(list(verbs.path(single ? "print-single" : "print-list"), v));
          if (hasSecret && !single) {
            args.addAll(list(verbs.path("print-sensitive"), v));
          }
        }
        case "get", "edit" -> args.addAll(list(verbs.path(verb + (single ? "-single" : "-list")), v));
        default -> args.addAll(list(verbs.path(verb), v));
      }
      commands.put(verb, new CommandDef(verb, List.copyOf(args), null, null));
    }
    JsonNode actions = n.path("actions");
    for (Iterator<String> it = actions.fieldNames(); it.hasNext(); ) {
      String spec = it.next();
      String name = versioned(spec, v);
      if (name != null) {
        commands.put(name, new CommandDef(name, list(actions.get(spec), v), null, null));
      }
    }
    JsonNode adj = n.path("args");
    for (Iterator<String> it = adj.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      char op = key.charAt(key.length() - 1);
      String cmd = (op == '+' || op == '-') ? key.substring(0, key.length() - 1) : key;
      CommandDef c = commands.get(cmd);
      if (c == null) {
        continue;
      }
      TreeSet<String> args = new TreeSet<>(op == '+' || op == '-' ? c.args() : List.of());
      List<String> given = list(adj.get(key), v);
      if (op == '-') {
        args.removeAll(given);
      } else {
        args.addAll(given);
      }
      commands.put(cmd, new CommandDef(cmd, List.copyOf(args), null, null));
    }
    List<List<String>> flagGroups = new ArrayList<>();
    for (JsonNode g : n.path("flagGroups")) {
      List<String> group = new ArrayList<>();
      for (String letter : strings(g)) {
        boolean present = props.stream().anyMatch(p -> letter.equals(p.flag()));
        if (present) {
          group.add(letter);
        }
      }
      if (!group.isEmpty()) {
        flagGroups.add(group);
      }
    }
    List<Map<String, String>> defaults = new ArrayList<>();
    for (JsonNode d : n.path("defaultItems")) {
      Map<String, String> item = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        item.put(e.getKey(), e.getValue().asText());
      }
      defaults.add(item);
    }
    List<String> columns = new ArrayList<>();
    for (String c : strings(n.path("columns"))) {
      String col = versioned(c, v);
      if (col != null) {
        columns.add(col);
      }
    }
    return new MenuDef(
        path,
        kind,
        props,
        commands,
        flagGroups,
        columns,
        n.path("table").asBoolean(!columns.isEmpty()),
        n.path("exportOrder").asInt(-1),
        defaults,
        text(n, "autoName"),
        ordered,
        n.path("defaultSelector").asText("[ find default=yes ]"),
        n.path("removeDefaultError").asText("failure: can not remove default item"),
        n.path("duplicateError").asText("failure: already have such name"));
  }

  private static PropDef prop(JsonNode p) {
    String type = p.path("type").asText("string");
    PropKind kind = PropKind.valueOf(type.toUpperCase().replace('-', '_'));
    boolean readOnly = p.path("readOnly").asBoolean(false);
    return new PropDef(
        p.get("name").asText(),
        kind,
        text(p, "default"),
        strings(p.path("values")),
        p.has("min") ? p.get("min").asLong() : null,
        p.has("max") ? p.get("max").asLong() : null,
        text(p, "ref"),
        p.path("required").asBoolean(false),
        p.path("secret").asBoolean(false),
        readOnly,
        text(p, "flag"),
        p.path("key").asBoolean(false),
        p.path("unique").asBoolean(p.path("key").asBoolean(false)),
        p.path("quoted").asBoolean(kind == PropKind.STRING),
        p.path("hidden").asBoolean(false),
        text(p, "since"),
        text(p, "until"),
        p.path("help").asText(""),
        p.path("showDefault").asBoolean(true),
        p.path("export").asBoolean(true));
  }

  /** Resolves {@code name@since-until} against a version: the name, or null when absent in that version. */
  static String versioned(String spec, RosVersion v) {
    int at = spec.indexOf('@');
    if (at < 0) {
      return spec;
    }
    String range = spec.substring(at + 1);
    int dash = range.indexOf('-');
    String since = dash < 0 ? range : range.substring(0, dash);
    String until = dash < 0 ? "" : range.substring(dash + 1);
    if (!since.isEmpty() && v.below(since)) {
      return null;
    }
    if (!until.isEmpty() && v.atLeast(until)) {
      return null;
    }
    return spec.substring(0, at);
  }

  private static List<String> list(JsonNode arr, RosVersion v) {
    List<String> out = new ArrayList<>();
    for (String s : strings(arr)) {
      String name = versioned(s, v);
      if (name != null) {
        out.add(name);
      }
    }
    return out;
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    if (arr != null && arr.isArray()) {
      arr.forEach(x -> out.add(x.asText()));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode x = n.get(field);
    return x == null || x.isNull() ? null : x.asText();
  }

  private List<String> readIndex() {
    List<String> files = new ArrayList<>();
    try (InputStream in = open("index.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.trim();
        if (!line.isEmpty() && !line.startsWith("#")) {
          files.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private JsonNode readJson(String file) {
    try (InputStream in = open(file)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("schema file " + file, e);
    }
  }

  private InputStream open(String file) throws IOException {
    InputStream in = SchemaLoader.class.getResourceAsStream(base + file);
    if (in == null) {
      throw new IOException("missing schema resource " + base + file);
    }
    return in;
  }
}
