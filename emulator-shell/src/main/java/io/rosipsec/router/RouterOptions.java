package io.rosipsec.router;

import io.rosipsec.menu.RosVersion;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What an emulated router is started with: RouterOS version, identity, board, data directory (null keeps the
 * configuration in memory only), the admin password of a fresh configuration and the clock; the licence level
 * ({@code /system license}: null for the board's factory level, else {@code free}, {@code p1}, {@code p10},
 * {@code p-unlimited} on CHR or {@code 0}..{@code 6} on RouterBOARD/x86, hw-profiles.md §4) and whether each SA
 * is held to the board's packet-rate envelope ({@code --emulate-throughput}, hw-profiles.md §3); the optional
 * packages installed on top of the board's factory set.
 */
public record RouterOptions(RosVersion version, String identity, String model, Path dataDir, String adminPassword,
    Clock clock, String licence, boolean emulateThroughput, java.util.Set<String> packages) {

  public RouterOptions {
    packages = packages == null ? java.util.Set.of() : java.util.Set.copyOf(packages);
  }

  public static RouterOptions defaults() {
    return new RouterOptions(RosVersion.DEFAULT, "MikroTik", null, null, "", Clock.systemDefaultZone(), null, false,
        java.util.Set.of());
  }

  public RouterOptions withVersion(RosVersion v) {
    return new RouterOptions(v, identity, model, dataDir, adminPassword, clock, licence, emulateThroughput, packages);
  }

  public RouterOptions withIdentity(String id) {
    return new RouterOptions(version, id, model, dataDir, adminPassword, clock, licence, emulateThroughput, packages);
  }

  public RouterOptions withModel(String m) {
    return new RouterOptions(version, identity, m, dataDir, adminPassword, clock, licence, emulateThroughput, packages);
  }

  public RouterOptions withDataDir(Path d) {
    return new RouterOptions(version, identity, model, d, adminPassword, clock, licence, emulateThroughput, packages);
  }

  public RouterOptions withAdminPassword(String p) {
    return new RouterOptions(version, identity, model, dataDir, p, clock, licence, emulateThroughput, packages);
  }

  public RouterOptions withClock(Clock c) {
    return new RouterOptions(version, identity, model, dataDir, adminPassword, c, licence, emulateThroughput, packages);
  }

  /** The licence level by its printed name ({@code p1}, {@code 6}); null keeps the board's factory level. */
  public RouterOptions withLicence(String level) {
    return new RouterOptions(version, identity, model, dataDir, adminPassword, clock, level, emulateThroughput, packages);
  }

  public RouterOptions withEmulateThroughput(boolean on) {
    return new RouterOptions(version, identity, model, dataDir, adminPassword, clock, licence, on, packages);
  }

  /**
   * Optional packages installed on top of the board's factory set ({@code --package zerotier}), as uploading their
   * {@code .npk} and rebooting would; each must be available for the board (hw-profiles.md §5.2).
   */
  public RouterOptions withPackages(java.util.Set<String> names) {
    return new RouterOptions(version, identity, model, dataDir, adminPassword, clock, licence, emulateThroughput,
        names);
  }
}
