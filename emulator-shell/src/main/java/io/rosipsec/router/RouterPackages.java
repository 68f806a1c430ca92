package io.rosipsec.router;

import io.rosipsec.hw.HwProfile;
import io.rosipsec.hw.HwProfiles;
import io.rosipsec.hw.PackageInfo;
import io.rosipsec.menu.MenuDef;
import io.rosipsec.menu.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The packages of one running router and their state across reboots (hw-profiles.md §5, routeros-cli.md §6.5):
 * which are installed and enabled now, and the changes {@code /system package disable|enable|uninstall} scheduled
 * for the next reboot. The menus a package provides are data ({@code packages.json} in hw-profiles, read through
 * {@link HwProfiles#catalogue}); {@link #restrict(Schema)} removes from a schema every menu whose provider is not
 * installed and enabled here, so a disabled package's menus answer {@code bad command name} on every front end.
 *
 * <p>With a data directory the state is kept in {@code packages.txt} (one line per package:
 * {@code name installed|uninstalled enabled|disabled}), written atomically when a reboot applies changes.
 */
public final class RouterPackages {
  /** The file in the data directory that keeps the installed/enabled state. */
  static final String FILE = "packages.txt";

  private final List<PackageInfo> catalogue;
  private final Map<String, PackageInfo> boardPackages = new LinkedHashMap<>();
  private final Map<String, Boolean> installed = new ConcurrentHashMap<>();
  private final Map<String, Boolean> enabled = new ConcurrentHashMap<>();
  private final Map<String, String> scheduled = new ConcurrentHashMap<>();
  private final Path file;

  /**
   * The factory packages of {@code board} for a major, plus {@code extra} packages installed on top (as uploading
   * their {@code .npk} and rebooting does), then the state saved in {@code dataDir} if there is one.
   *
   * @throws IllegalArgumentException if an extra package is not available for the board
   */
  RouterPackages(HwProfile board, int major, Set<String> extra, Path dataDir) {
    this.catalogue = HwProfiles.builtIn().catalogue(major);
    if (board.runs(major)) {
      for (PackageInfo p : board.packages(major).packages()) {
        boardPackages.put(p.name(), p);
        installed.put(p.name(), p.installed());
        enabled.put(p.name(), p.enabledByDefault());
      }
    }
    for (String name : extra) {
      if (!boardPackages.containsKey(name)) {
        throw new IllegalArgumentException("package " + name + " is not available for " + board.boardName());
      }
      installed.put(name, true);
      enabled.put(name, true);
    }
    this.file = dataDir == null ? null : dataDir.resolve(FILE);
    load();
  }

  /** The packages {@code /system package} lists: installed ones that are not v7 internal bundles, in board order. */
  public List<PackageInfo> listed() {
    List<PackageInfo> out = new ArrayList<>();
    for (PackageInfo p : boardPackages.values()) {
      if (installed.getOrDefault(p.name(), false) && p.bundle().isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  public boolean enabled(String name) {
    return enabled.getOrDefault(name, false);
  }

  /** The {@code scheduled} text of a package, if a change waits for the reboot. */
  public Optional<String> scheduled(String name) {
    return Optional.ofNullable(scheduled.get(name));
  }

  void schedule(String name, String text) {
    scheduled.put(name, text);
  }

  void unschedule(String name, String onlyIf) {
    if (onlyIf == null) {
      scheduled.remove(name);
    } else {
      scheduled.remove(name, onlyIf);
    }
  }

  /** Whether any change waits for the next reboot ({@code apply-changes}). */
  public boolean anyScheduled() {
    return !scheduled.isEmpty();
  }

  /**
   * Applies the scheduled changes (at reboot): disable, enable, uninstall; the {@code scheduled} column empties.
   * Saves the state when there is a data directory.
   */
  void applyScheduled() {
    for (Map.Entry<String, String> e : Map.copyOf(scheduled).entrySet()) {
      String name = e.getKey();
      switch (e.getValue()) {
        case "scheduled for disable" -> enabled.put(name, false);
        case "scheduled for enable" -> enabled.put(name, true);
        case "scheduled for uninstall" -> {
          installed.put(name, false);
          enabled.put(name, false);
        }
        default -> {
          // an unknown text schedules nothing
        }
      }
    }
    scheduled.clear();
    save();
  }

  /**
   * Whether a package works now: installed and enabled, as are the package bundling it and every package it depends
   * on (a disabled package exposes none of its features, hw-profiles.md §5.1).
   */
  public boolean active(String name) {
    PackageInfo p = boardPackages.get(name);
    if (p == null || !installed.getOrDefault(name, false) || !enabled.getOrDefault(name, false)) {
      return false;
    }
    if (p.bundle().isPresent() && !active(p.bundle().get())) {
      return false;
    }
    for (String dep : p.dependsOn()) {
      if (!active(dep)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a menu exists: it has no provider in the catalogue, or one of its most specific providers is active.
   * Two packages may provide the same menu ({@code wifi-qcom}, {@code wifi-qcom-ac}: {@code /interface wifi}).
   */
  public boolean menuPresent(String path) {
    int best = -1;
    boolean present = true;
    for (PackageInfo p : catalogue) {
      int len = p.menuMatchLength(path);
      if (len > best) {
        best = len;
        present = active(p.name());
      } else if (len == best && len >= 0) {
        present |= active(p.name());
      }
    }
    return present;
  }

  /** The schema less every menu whose provider is not installed and enabled on this router. */
  public Schema restrict(Schema schema) {
    Set<String> drop = new java.util.TreeSet<>();
    for (MenuDef m : schema.menus()) {
      if (!menuPresent(m.path())) {
        drop.add(m.path());
      }
    }
    return drop.isEmpty() ? schema : schema.without(drop);
  }

  private void load() {
    if (file == null || !Files.isRegularFile(file)) {
      return;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] f = line.trim().split("\\s+");
        if (f.length == 3 && boardPackages.containsKey(f[0])) {
          installed.put(f[0], f[1].equals("installed"));
          enabled.put(f[0], f[1].equals("installed") && f[2].equals("enabled"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
  }

  private void save() {
    if (file == null) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (String name : boardPackages.keySet()) {
      sb.append(name).append(installed.getOrDefault(name, false) ? " installed" : " uninstalled")
          .append(enabled.getOrDefault(name, false) ? " enabled" : " disabled").append('\n');
    }
    try {
      Path tmp = file.resolveSibling(FILE + ".tmp");
      Files.writeString(tmp, sb, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + file, e);
    }
  }
}
