package io.rosipsec.hw;

import java.util.List;
import java.util.Optional;

/**
 * The packages of one board for one RouterOS major version, in {@code /system package print} order
 * (hw-profiles.md §5, routeros-cli.md §6.5). Answers which package provides a menu and whether the
 * menu exists on a factory-fresh unit; the emulator's runtime enable/disable state lives elsewhere
 * and can reuse {@link #providerOf(String)}.
 *
 * @param routerOsMajor 6 or 7
 * @param packages every package the board has installed or can install
 */
public record PackageSet(int routerOsMajor, List<PackageInfo> packages) {

  public PackageSet {
    packages = List.copyOf(packages);
    for (PackageInfo p : packages) {
      if (p.routerOsMajor() != routerOsMajor) {
        throw new IllegalArgumentException(p.name() + " is not a RouterOS " + routerOsMajor + " package");
      }
    }
  }

  /** Looks a package up by name. */
  public Optional<PackageInfo> find(String name) {
    return packages.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** Installed packages (what {@code print} lists without the {@code A} flag). */
  public List<PackageInfo> installed() {
    return packages.stream().filter(PackageInfo::installed).toList();
  }

  /**
   * The package whose menu list most specifically covers {@code menuPath}; empty for menus of the
   * core system (no separate provider).
   */
  public Optional<PackageInfo> providerOf(String menuPath) {
    PackageInfo best = null;
    int bestLen = -1;
    for (PackageInfo p : packages) {
      int len = p.menuMatchLength(menuPath);
      if (len > bestLen) {
        best = p;
        bestLen = len;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether {@code menuPath} exists on a fresh unit: its provider (if any) is installed and
   * enabled, as are the bundle containing it and every package it depends on. A disabled package
   * exposes none of its features (hw-profiles.md §5.1).
   */
  public boolean menuAvailableByDefault(String menuPath) {
    return providerOf(menuPath).map(this::enabledByDefault).orElse(true);
  }

  private boolean enabledByDefault(PackageInfo p) {
    if (!p.enabledByDefault()) {
      return false;
    }
    if (p.bundle().isPresent()
        && !find(p.bundle().get()).map(PackageInfo::enabledByDefault).orElse(false)) {
      return false;
    }
    for (String dep : p.dependsOn()) {
      if (!find(dep).map(PackageInfo::enabledByDefault).orElse(false)) {
        return false;
      }
    }
    return true;
  }
}
