package io.rosipsec.hw;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns one board data file ({@code io/rosipsec/hw/boards/<id>.json}) into a {@link HwProfile}.
 * Strict: unknown fields, unknown algorithm or package names and inconsistent values are {@link
 * HwProfileException}s naming the file and field. Field names mirror RouterOS property names.
 */
final class BoardFileReader {

  private static final Set<String> TOP_FIELDS =
      Set.of(
          "id", "board-name", "model", "aliases", "routerboard", "revision", "architecture-name",
          "cpu", "cpu-count", "cpu-frequency-mhz", "cpu-frequency-max-mhz", "total-memory-bytes",
          "total-hdd-bytes", "bad-blocks", "platform", "soc", "serial-format", "firmware-type",
          "factory-firmware", "factory-software", "routeros-majors", "overrides", "licence",
          "acceleration", "packages", "throughput", "notes", "sources");

  private final PackageCatalog catalog;

  BoardFileReader(PackageCatalog catalog) {
    this.catalog = catalog;
  }

  HwProfile read(String where, JsonNode root) {
    try {
      return doRead(new JsonFields(where, root));
    } catch (IllegalArgumentException e) {
      throw new HwProfileException(where + ": " + e.getMessage(), e);
    }
  }

  private HwProfile doRead(JsonFields f) {
    f.onlyFields(TOP_FIELDS);
    HwProfile.Builder b = new HwProfile.Builder();
    b.id = f.string("id");
    b.boardName = f.string("board-name");
    b.model = f.string("model");
    b.aliases = f.strings("aliases");
    b.routerboard = f.bool("routerboard");
    b.revision = f.optionalString("revision");
    b.architectureName = f.string("architecture-name");
    b.cpu = f.string("cpu");
    b.cpuCount = f.positiveInt("cpu-count");
    b.cpuFrequencyMhz = f.positiveInt("cpu-frequency-mhz");
    b.cpuFrequencyMaxMhz =
        f.has("cpu-frequency-max-mhz") ? f.positiveInt("cpu-frequency-max-mhz") : b.cpuFrequencyMhz;
    if (b.cpuFrequencyMaxMhz < b.cpuFrequencyMhz) {
      throw f.error("cpu-frequency-max-mhz", "is below cpu-frequency-mhz");
    }
    b.totalMemoryBytes = f.positiveLong("total-memory-bytes");
    b.totalHddBytes = f.positiveLong("total-hdd-bytes");
    b.badBlocks = f.bool("bad-blocks");
    b.platform = f.string("platform");
    b.soc = f.string("soc");
    b.serialFormat = f.optionalString("serial-format");
    b.firmwareType = f.optionalString("firmware-type");
    b.factoryFirmware = f.optionalString("factory-firmware");
    b.factorySoftware = f.optionalString("factory-software");
    if (b.routerboard
        && (b.serialFormat == null || b.firmwareType == null || b.factoryFirmware == null)) {
      throw new HwProfileException(
          f.where() + ": a RouterBOARD needs serial-format, firmware-type and factory-firmware");
    }
    if (!b.routerboard && (b.serialFormat != null || b.firmwareType != null)) {
      throw new HwProfileException(
          f.where() + ": serial-format/firmware-type only exist with /system routerboard");
    }
    if (b.serialFormat != null) {
      SerialNumbers.validateFormat(b.serialFormat);
    }
    b.routerOsMajors = new TreeSet<>(f.ints("routeros-majors"));
    if (b.routerOsMajors.isEmpty() || !Set.of(6, 7).containsAll(b.routerOsMajors)) {
      throw f.error("routeros-majors", "must list 6 and/or 7");
    }
    b.overrides = overrides(f, b.routerOsMajors);
    b.licensing = licensing(f.object("licence"));
    b.acceleration = acceleration(f.object("acceleration"));
    b.packages = packages(f.object("packages"), b);
    b.throughput = throughput(f.object("throughput"));
    b.notes = f.stringMap("notes");
    for (String key : b.notes.keySet()) {
      if (!TOP_FIELDS.contains(key) || !f.has(key)) {
        throw f.error("notes." + key, "annotates a field the file does not have");
      }
    }
    return new HwProfile(b);
  }

  private static Map<Integer, Map<String, String>> overrides(JsonFields f, Set<Integer> majors) {
    Map<Integer, Map<String, String>> out = new HashMap<>();
    if (!f.has("overrides")) {
      return out;
    }
    JsonFields o = f.object("overrides");
    for (String major : o.fieldNames()) {
      int m = parseMajor(o, major, majors);
      Map<String, String> fields = o.stringMap(major);
      for (String k : fields.keySet()) {
        if (!HwProfile.OVERRIDABLE.contains(k)) {
          throw o.error(major + "." + k, "cannot be overridden");
        }
      }
      out.put(m, fields);
    }
    return out;
  }

  private static int parseMajor(JsonFields f, String key, Set<Integer> majors) {
    int m;
    try {
      m = Integer.parseInt(key);
    } catch (NumberFormatException e) {
      throw f.error(key, "is not a RouterOS major version");
    }
    if (!majors.contains(m)) {
      throw f.error(key, "is not in routeros-majors");
    }
    return m;
  }

  private static Licensing licensing(JsonFields f) {
    f.onlyFields(Set.of("factory", "allowed", "id-property", "id-format"));
    Set<LicenceLevel> allowed = EnumSet.noneOf(LicenceLevel.class);
    for (String s : f.strings("allowed")) {
      allowed.add(level(f, "allowed", s));
    }
    return new Licensing(
        level(f, "factory", f.string("factory")),
        allowed,
        f.string("id-property"),
        f.string("id-format"));
  }

  private static LicenceLevel level(JsonFields f, String field, String name) {
    return LicenceLevel.fromRouterOsName(name)
        .orElseThrow(() -> f.error(field, "has unknown licence level " + name));
  }

  private static AccelCapability acceleration(JsonFields f) {
    f.onlyFields(
        Set.of("table-row", "cpu-features", "requires-cpu-features", "serial-prefixes", "rules"));
    List<AccelRule> rules = new ArrayList<>();
    for (JsonFields r : f.objects("rules")) {
      r.onlyFields(Set.of("ciphers", "key-bits", "hashes", "path"));
      Set<CipherFamily> ciphers = EnumSet.noneOf(CipherFamily.class);
      for (String c : r.strings("ciphers")) {
        ciphers.add(
            CipherFamily.fromRouterOsName(c)
                .orElseThrow(() -> r.error("ciphers", "has unknown cipher " + c)));
      }
      JsonNode h = r.raw("hashes");
      boolean any = h != null && h.isTextual() && h.asText().equals("any");
      Set<HashFamily> hashes = EnumSet.noneOf(HashFamily.class);
      if (!any) {
        for (String s : r.strings("hashes")) {
          hashes.add(
              HashFamily.fromRouterOsName(s)
                  .orElseThrow(() -> r.error("hashes", "has unknown hash " + s)));
        }
      }
      AccelPath path =
          r.has("path") ? AccelPath.fromDataName(r.string("path")) : AccelPath.HARDWARE;
      rules.add(new AccelRule(ciphers, new HashSet<>(r.ints("key-bits")), hashes, any, path));
    }
    return new AccelCapability(
        f.string("table-row"),
        new HashSet<>(f.strings("cpu-features")),
        new HashSet<>(f.strings("requires-cpu-features")),
        f.strings("serial-prefixes"),
        rules);
  }

  private Map<Integer, PackageSet> packages(JsonFields f, HwProfile.Builder b) {
    Map<Integer, PackageSet> out = new HashMap<>();
    for (String key : f.fieldNames()) {
      int major = parseMajor(f, key, b.routerOsMajors);
      JsonFields p = f.object(key);
      p.onlyFields(Set.of("installed", "disabled", "available"));
      List<String> disabled = p.strings("disabled");
      Map<String, PackageInfo> set = new LinkedHashMap<>();
      for (String name : p.strings("installed")) {
        PackageInfo info = known(p, major, name).withState(true, !disabled.contains(name));
        add(p, set, info, b);
        for (PackageInfo bundle : catalog.bundlesOf(major, name)) {
          add(p, set, bundle.withState(true, true), b);
        }
      }
      for (String name : disabled) {
        if (!set.containsKey(name)) {
          throw p.error("disabled", "lists " + name + " which is not installed");
        }
      }
      for (String name : p.strings("available")) {
        add(p, set, known(p, major, name), b);
      }
      out.put(major, new PackageSet(major, new ArrayList<>(set.values())));
    }
    for (int major : b.routerOsMajors) {
      if (!out.containsKey(major)) {
        throw f.error(String.valueOf(major), "is missing: every supported major needs packages");
      }
    }
    return out;
  }

  private PackageInfo known(JsonFields f, int major, String name) {
    return catalog
        .find(major, name)
        .orElseThrow(() -> f.error("packages", "names unknown v" + major + " package " + name));
  }

  private static void add(
      JsonFields f, Map<String, PackageInfo> set, PackageInfo p, HwProfile.Builder b) {
    String arch =
        b.overrides
            .getOrDefault(p.routerOsMajor(), Map.of())
            .getOrDefault("architecture-name", b.architectureName);
    if (!p.availableOn(arch)) {
      throw f.error("packages", "lists " + p.name() + " which does not exist for " + arch);
    }
    if (set.put(p.name(), p) != null) {
      throw f.error("packages", "lists " + p.name() + " twice");
    }
  }

  private static ThroughputEnvelope throughput(JsonFields f) {
    f.onlyFields(Set.of("ceiling-kpps", "figures"));
    JsonFields c = f.object("ceiling-kpps");
    c.onlyFields(Set.of("hardware", "partial", "software"));
    Map<AccelPath, Double> ceilings = new EnumMap<>(AccelPath.class);
    for (AccelPath p : AccelPath.values()) {
      ceilings.put(p, c.positiveDouble(p.dataName()));
    }
    List<ThroughputFigure> figures = new ArrayList<>();
    for (JsonFields t : f.objects("figures")) {
      t.onlyFields(Set.of("mode", "config", "packet-size", "kpps", "confidence"));
      TunnelMode mode =
          TunnelMode.fromDataName(t.string("mode"))
              .orElseThrow(() -> t.error("mode", "must be single or 256"));
      figures.add(
          new ThroughputFigure(
              mode,
              t.string("config"),
              t.positiveInt("packet-size"),
              t.positiveDouble("kpps"),
              t.string("confidence")));
    }
    return new ThroughputEnvelope(ceilings, figures);
  }
}
