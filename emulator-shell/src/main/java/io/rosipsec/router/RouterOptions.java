package io.rosipsec.router;

import io.rosipsec.menu.RosVersion;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What an emulated router is started with: RouterOS version, identity, board, data directory (null keeps the
 * configuration in memory only), the admin password of a fresh configuration and the clock.
 */
public record RouterOptions(
    RosVersion version, String identity, String model, Path dataDir, String adminPassword, Clock clock) {

  public static RouterOptions defaults() {
    return new RouterOptions(RosVersion.DEFAULT, "MikroTik", null, null, "", Clock.systemDefaultZone());
  }

  public RouterOptions withVersion(RosVersion v) {
    return new RouterOptions(v, identity, model, dataDir, adminPassword, clock);
  }

  public RouterOptions withIdentity(String id) {
    return new RouterOptions(version, id, model, dataDir, adminPassword, clock);
  }

  public RouterOptions withModel(String m) {
    return new RouterOptions(version, identity, m, dataDir, adminPassword, clock);
  }

  public RouterOptions withDataDir(Path d) {
    return new RouterOptions(version, identity, model, d, adminPassword, clock);
  }

  public RouterOptions withAdminPassword(String p) {
    return new RouterOptions(version, identity, model, dataDir, p, clock);
  }

  public RouterOptions withClock(Clock c) {
    return new RouterOptions(version, identity, model, dataDir, adminPassword, c);
  }
}
