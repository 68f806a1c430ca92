package io.rosipsec.hw;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The package catalogue ({@code io/rosipsec/hw/packages.json}): every RouterOS 6 and 7 package we
 * model with the menus it provides, from hw-profiles.md §5 and routeros-cli.md §6.5. Boards refer to
 * packages by name; the catalogue supplies the rest.
 */
final class PackageCatalog {

  private static final Set<String> FIELDS =
      Set.of("name", "major", "kind", "bundle", "menus", "depends-on", "conflicts", "architectures",
          "notes");

  private final Map<String, PackageInfo> byKey = new LinkedHashMap<>();

  PackageCatalog(String where, JsonNode root) {
    JsonFields top = new JsonFields(where, root);
    top.onlyFields(Set.of("packages", "sources"));
    for (JsonFields f : top.objects("packages")) {
      f.onlyFields(FIELDS);
      String name = f.string("name");
      int major = f.positiveInt("major");
      PackageKind kind =
          PackageKind.fromDataName(f.string("kind"))
              .orElseThrow(() -> f.error("kind", "must be system, bundled or optional"));
      PackageInfo p;
      try {
        p =
            new PackageInfo(
                name,
                major,
                kind,
                Optional.ofNullable(f.optionalString("bundle")),
                f.strings("menus"),
                f.strings("depends-on"),
                f.strings("conflicts"),
                Set.copyOf(f.strings("architectures")),
                false,
                false);
      } catch (IllegalArgumentException e) {
        throw new HwProfileException(f.where() + ": " + e.getMessage(), e);
      }
      if (byKey.put(key(major, name), p) != null) {
        throw new HwProfileException(where + ": duplicate package " + name + " for v" + major);
      }
    }
    for (PackageInfo p : byKey.values()) {
      for (String ref : concat(p.dependsOn(), p.conflicts(), p.bundle().stream().toList())) {
        if (!byKey.containsKey(key(p.routerOsMajor(), ref))) {
          throw new HwProfileException(where + ": " + p.name() + " refers to unknown package " + ref);
        }
      }
    }
  }

  Optional<PackageInfo> find(int major, String name) {
    return Optional.ofNullable(byKey.get(key(major, name)));
  }

  /** Every package of one major, in catalogue order. */
  List<PackageInfo> all(int major) {
    return byKey.values().stream().filter(p -> p.routerOsMajor() == major).toList();
  }

  /** Internal bundles of a package (v7 {@code security} etc. inside {@code routeros}). */
  List<PackageInfo> bundlesOf(int major, String container) {
    return byKey.values().stream()
        .filter(p -> p.routerOsMajor() == major && p.bundle().equals(Optional.of(container)))
        .toList();
  }

  private static String key(int major, String name) {
    return major + "/" + name;
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
  }
}
