package io.rosipsec.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Walks every menu, command and argument of the schema of each shipped version and compares them with RouterOS's own
 * {@code /console/inspect} tree of that version (vendored in test resources by {@code tools/vendor-inspect.py}).
 * Every difference fails unless {@code inspect-allowlist.txt} lists it with a reason.
 */
class InspectGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"7.12.2", "7.16.2", "7.20.8", "7.22.2", "7.24"})
  void schemaEqualsInspectTree(String ver) throws IOException {
    RosVersion version = RosVersion.parse(ver);
    Schema schema = SchemaLoader.load(version);
    JsonNode tree = read("/inspect/" + ver + ".json");
    Set<String> allowed = allowList(ver);
    List<String> diffs = new ArrayList<>();
    for (MenuDef m : schema.menus()) {
      JsonNode node = find(tree, m.path());
      if (node == null) {
        diffs.add(m.path() + " menu not in inspect tree");
        continue;
      }
      Set<String> theirs = new TreeSet<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if ("cmd".equals(node.get(k).path("_type").asText())) {
          theirs.add(k);
        }
      }
      Set<String> ours = new TreeSet<>(m.commands().keySet());
      for (String c : union(ours, theirs)) {
        if (!ours.contains(c)) {
          diffs.add(m.path() + "/" + c + " command missing");
          continue;
        }
        if (!theirs.contains(c)) {
          diffs.add(m.path() + "/" + c + " command extra");
          continue;
        }
        Set<String> theirArgs = new TreeSet<>();
        node.get(c).fieldNames().forEachRemaining(a -> {
          if (!a.startsWith("_") && node.get(c).get(a).isObject()) {
            theirArgs.add(a);
          }
        });
        Set<String> ourArgs = new TreeSet<>(m.commands().get(c).args());
        for (String a : union(ourArgs, theirArgs)) {
          if (!ourArgs.contains(a)) {
            diffs.add(m.path() + "/" + c + " arg " + a + " missing");
          } else if (!theirArgs.contains(a)) {
            diffs.add(m.path() + "/" + c + " arg " + a + " extra");
          }
        }
      }
    }
    // Coverage: every menu under /ip/ipsec in the tree is emulated.
    JsonNode ipsec = find(tree, "/ip/ipsec");
    collectDirs(ipsec, "/ip/ipsec", schema, diffs);
    diffs.removeIf(d -> allowed.contains(d));
    assertTrue(diffs.isEmpty(), ver + " differs from /console/inspect:\n" + String.join("\n", diffs));
  }

  @ParameterizedTest
  @ValueSource(strings = {"7.20.8", "7.22.2"})
  void enumValuesMatchTheTree(String ver) throws IOException {
    // The 7.22.2 tree carries the console's completion values; older trees carry "a|b|c" descriptions.
    Schema schema = SchemaLoader.load(RosVersion.parse(ver));
    JsonNode tree = read("/inspect/" + ver + ".json");
    List<String> diffs = new ArrayList<>();
    for (MenuDef m : schema.menus()) {
      if (!m.path().startsWith("/ip/ipsec") || m.readOnly()) {
        continue;
      }
      JsonNode add = find(tree, m.path() + "/set");
      if (add == null) {
        add = find(tree, m.path() + "/add");
      }
      if (add == null) {
        continue;
      }
      for (PropDef p : m.props()) {
        if (p.kind() != PropKind.ENUM && p.kind() != PropKind.ENUM_LIST) {
          continue;
        }
        JsonNode arg = add.get(p.name());
        if (arg == null || !arg.has("desc")) {
          continue;
        }
        String desc = arg.get("desc").asText();
        int cut = desc.indexOf('[');
        String listPart = (cut > 0 ? desc.substring(0, cut) : desc).trim();
        if (!listPart.contains("|")) {
          continue;
        }
        Set<String> theirs = new TreeSet<>(List.of(listPart.split("\\|")));
        Set<String> ours = new TreeSet<>(p.values());
        if (!theirs.equals(ours)) {
          diffs.add(m.path() + " " + p.name() + " ours=" + ours + " theirs=" + theirs);
        }
      }
    }
    Set<String> allowed = allowList(ver);
    diffs.removeIf(d -> allowed.contains(d.substring(0, d.indexOf(" ours="))));
    assertEquals(List.of(), diffs);
  }

  private static void collectDirs(JsonNode node, String path, Schema schema, List<String> diffs) {
    if (node == null) {
      return;
    }
    if (!schema.exists(path)) {
      diffs.add(path + " menu not emulated");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if ("dir".equals(node.get(k).path("_type").asText())) {
        collectDirs(node.get(k), path + "/" + k, schema, diffs);
      }
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new TreeSet<>(a);
    u.addAll(b);
    return u;
  }

  /** Finds a node by slash path in the vendored map of sub-trees (keys are the sub-tree roots). */
  static JsonNode find(JsonNode tree, String path) {
    String best = null;
    for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if ((path.equals(k) || path.startsWith(k + "/") || k.isEmpty())
          && (best == null || k.length() > best.length())) {
        best = k;
      }
    }
    if (best == null) {
      return null;
    }
    JsonNode n = tree.get(best);
    String rest = path.substring(best.length());
    for (String part : rest.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      n = n.get(part);
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  private static JsonNode read(String res) throws IOException {
    try (InputStream in = InspectGoldenTest.class.getResourceAsStream(res)) {
      return JSON.readTree(in);
    }
  }

  /** Lines {@code <version|*> <difference> -- <reason>}. */
  private static Set<String> allowList(String ver) throws IOException {
    Set<String> out = new TreeSet<>();
    try (InputStream in = InspectGoldenTest.class.getResourceAsStream("/inspect-allowlist.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int sp = line.indexOf(' ');
        int reason = line.indexOf(" -- ");
        if (reason < 0) {
          throw new IllegalStateException("allow-list entry without a reason: " + line);
        }
        String v = line.substring(0, sp);
        if (v.equals("*") || v.equals(ver)) {
          out.add(line.substring(sp + 1, reason).trim());
        }
      }
    }
    return out;
  }
}
