package io.rosipsec.hw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of board profiles, loaded from the class path without scanning: {@code
 * io/rosipsec/hw/boards/index.json} lists the board ids, each board is {@code boards/<id>.json},
 * and {@code io/rosipsec/hw/packages.json} is the package catalogue. Adding a board is adding a
 * data file and an index line.
 *
 * <p>The default profile is the one the index names: the RB1100AHx4. Its AL21400 row accelerates
 * every cipher/hash pair of the manual's table including AES-GCM (so the default proposal {@code
 * aes-256-cbc,aes-192-cbc,aes-128-cbc}+{@code sha1} takes the hardware path and installed SAs show
 * {@code H}); it ships licence level 6 (no tunnel limits); it runs both RouterOS 6 and 7, so a later
 * 6.49 mode needs no other board; and it is the only board with both a MikroTik-published resource
 * print and a published IPsec throughput figure in the spec (hw-profiles.md §1.2, §3.2).
 */
public final class HwProfiles {

  /** Class-path location of the board index. */
  public static final String INDEX = "io/rosipsec/hw/boards/index.json";

  private static final String BOARD_DIR = "io/rosipsec/hw/boards/";
  private static final String CATALOGUE = "io/rosipsec/hw/packages.json";

  private final List<HwProfile> all;
  private final Map<String, HwProfile> byKey;
  private final Map<String, HwProfile> byPrefix;
  private final HwProfile defaultProfile;
  private final PackageCatalog catalog;

  private HwProfiles(List<HwProfile> all, String defaultId, PackageCatalog catalog) {
    this.all = List.copyOf(all);
    this.catalog = catalog;
    Map<String, HwProfile> keys = new LinkedHashMap<>();
    Map<String, HwProfile> prefixes = new LinkedHashMap<>();
    for (HwProfile p : all) {
      List<String> names = new ArrayList<>(List.of(p.id(), p.boardName(), p.model()));
      for (int major : p.routerOsMajors()) {
        names.add(p.boardName(major));
      }
      names.addAll(p.aliases());
      for (String n : names) {
        boolean wildcard = n.endsWith("*");
        String stem = wildcard ? n.substring(0, n.length() - 1) : n;
        String k = normalise(stem) + (wildcard && stem.endsWith(" ") ? " " : "");
        Map<String, HwProfile> target = wildcard ? prefixes : keys;
        HwProfile prev = target.putIfAbsent(k, p);
        if (prev != null && prev != p) {
          throw new HwProfileException(
              "board name '" + n + "' is claimed by both " + prev.id() + " and " + p.id());
        }
      }
    }
    this.byKey = Map.copyOf(keys);
    this.byPrefix = Map.copyOf(prefixes);
    this.defaultProfile =
        byId(defaultId)
            .orElseThrow(() -> new HwProfileException(INDEX + ": unknown default " + defaultId));
  }

  /** The profiles shipped in this module's resources, loaded once. */
  public static HwProfiles builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * Loads the index, catalogue and boards through {@code loader}.
   *
   * @throws HwProfileException if a resource is missing or malformed
   */
  public static HwProfiles load(ClassLoader loader) {
    ObjectMapper mapper = new ObjectMapper();
    JsonFields index = new JsonFields(INDEX, readTree(mapper, loader, INDEX));
    index.onlyFields(Set.of("default", "boards"));
    PackageCatalog catalog = new PackageCatalog(CATALOGUE, readTree(mapper, loader, CATALOGUE));
    BoardFileReader reader = new BoardFileReader(catalog);
    List<HwProfile> profiles = new ArrayList<>();
    for (String id : index.strings("boards")) {
      String path = BOARD_DIR + id + ".json";
      HwProfile p = reader.read(path, readTree(mapper, loader, path));
      if (!p.id().equals(id)) {
        throw new HwProfileException(path + ": id '" + p.id() + "' does not match the index");
      }
      profiles.add(p);
    }
    if (profiles.isEmpty()) {
      throw new HwProfileException(INDEX + ": no boards listed");
    }
    return new HwProfiles(profiles, index.string("default"), catalog);
  }

  /**
   * Every package of the catalogue for a RouterOS major ({@code packages.json}), in catalogue order, with no board
   * state (not installed): which menus each package provides, whether or not a board can carry it (hw-profiles.md
   * §5). A menu whose provider a board does not have installed and enabled does not exist on that board.
   */
  public List<PackageInfo> catalogue(int routerOsMajor) {
    return catalog.all(routerOsMajor);
  }

  /** Every profile, in index order. */
  public List<HwProfile> all() {
    return all;
  }

  /** The profile a router gets when none is chosen (see class Javadoc for why the RB1100AHx4). */
  public HwProfile defaultProfile() {
    return defaultProfile;
  }

  /** Looks a profile up by its data-file id ({@code ccr2004}). */
  public Optional<HwProfile> byId(String id) {
    return all.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Looks a profile up by what a user or a device calls it, ignoring case, repeated spaces and the
   * spelling of "²": the {@code board-name} of any RouterOS major ({@code hAP ac^2}, {@code CHR QEMU
   * Standard PC (i440FX + PIIX, 1996)}), the {@code model} ({@code RB750Gr3}), the id, or an alias
   * from the data file ({@code CCR1036}, {@code hAP ac2}). Aliases ending in {@code *} match by
   * prefix ({@code CHR *}).
   */
  public Optional<HwProfile> byBoardName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String k = normalise(name);
    HwProfile exact = byKey.get(k);
    if (exact != null) {
      return Optional.of(exact);
    }
    HwProfile best = null;
    int bestLen = -1;
    for (Map.Entry<String, HwProfile> e : byPrefix.entrySet()) {
      if (k.startsWith(e.getKey()) && e.getKey().length() > bestLen) {
        best = e.getValue();
        bestLen = e.getKey().length();
      }
    }
    return Optional.ofNullable(best);
  }

  static String normalise(String name) {
    return name.trim()
        .toLowerCase(Locale.ROOT)
        .replace("\u00b2", "2")
        .replace("^", "")
        .replaceAll("\\s+", " ");
  }

  private static JsonNode readTree(ObjectMapper mapper, ClassLoader loader, String path) {
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new HwProfileException(path + ": resource not found");
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new HwProfileException(path + ": " + e.getMessage(), e);
    }
  }

  private static final class Holder {
    static final HwProfiles BUILT_IN = load(HwProfiles.class.getClassLoader());
  }
}
