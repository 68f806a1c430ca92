package io.rosipsec.hw;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One RouterOS package as a board has it at the factory ({@code /system package}; hw-profiles.md §5,
 * routeros-cli.md §6.5): the catalogue facts (kind, containing bundle, menus it provides,
 * dependencies, conflicts, architectures) merged with the board's state (installed, enabled).
 *
 * <p>An {@code available} package (v7 flag {@code A}) is known but not installed. Menu paths use
 * the console spelling ({@code /ip ipsec}); {@link #normaliseMenu(String)} also accepts the API
 * spelling ({@code /ip/ipsec}).
 *
 * @param name package name ({@code routeros}, {@code security}, {@code wifi-qcom-ac})
 * @param routerOsMajor 6 or 7
 * @param kind how it is delivered
 * @param bundle for v7 internal bundles, the package containing it ({@code routeros})
 * @param menus menu paths this package provides
 * @param dependsOn packages that must be enabled for this one to work (v6 security → dhcp)
 * @param conflicts packages that cannot be enabled together with this one
 * @param architectures {@code architecture-name} values it exists for; empty means all
 * @param installed whether a fresh unit has it installed
 * @param enabledByDefault whether a fresh unit has it enabled (false when not installed)
 */
public record PackageInfo(
    String name,
    int routerOsMajor,
    PackageKind kind,
    Optional<String> bundle,
    List<String> menus,
    List<String> dependsOn,
    List<String> conflicts,
    Set<String> architectures,
    boolean installed,
    boolean enabledByDefault) {

  public PackageInfo {
    if (name == null || name.isBlank() || kind == null) {
      throw new IllegalArgumentException("package name and kind are required");
    }
    if (routerOsMajor != 6 && routerOsMajor != 7) {
      throw new IllegalArgumentException("RouterOS major must be 6 or 7: " + routerOsMajor);
    }
    if (enabledByDefault && !installed) {
      throw new IllegalArgumentException(name + ": enabled but not installed");
    }
    bundle = bundle == null ? Optional.empty() : bundle;
    menus = menus == null ? List.of() : menus.stream().map(PackageInfo::normaliseMenu).toList();
    dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    architectures = architectures == null ? Set.of() : Set.copyOf(new TreeSet<>(architectures));
  }

  /** The same package with another factory state. */
  public PackageInfo withState(boolean installed, boolean enabled) {
    return new PackageInfo(
        name,
        routerOsMajor,
        kind,
        bundle,
        menus,
        dependsOn,
        conflicts,
        architectures,
        installed,
        enabled);
  }

  /** True for a package MikroTik ships as a separate {@code .npk}. */
  public boolean optional() {
    return kind == PackageKind.OPTIONAL;
  }

  /** True when the package exists for {@code architectureName}. */
  public boolean availableOn(String architectureName) {
    return architectures.isEmpty() || architectures.contains(architectureName);
  }

  /**
   * Length of the longest of this package's menus that is {@code menuPath} or a parent of it, or
   * -1 if none is.
   */
  public int menuMatchLength(String menuPath) {
    String p = normaliseMenu(menuPath);
    int best = -1;
    for (String m : menus) {
      if ((p.equals(m) || p.startsWith(m + " ")) && m.length() > best) {
        best = m.length();
      }
    }
    return best;
  }

  /**
   * Console spelling of a menu path: {@code /ip/ipsec/peer} and {@code /ip  ipsec peer} both become
   * {@code /ip ipsec peer}.
   */
  public static String normaliseMenu(String menuPath) {
    if (menuPath == null) {
      throw new IllegalArgumentException("menu path is null");
    }
    String s = menuPath.trim().toLowerCase(Locale.ROOT);
    if (s.startsWith("/")) {
      s = s.substring(1);
    }
    s = s.replace('/', ' ').replaceAll("\\s+", " ").trim();
    return "/" + s;
  }
}
