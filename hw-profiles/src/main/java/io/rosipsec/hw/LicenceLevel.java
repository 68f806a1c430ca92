package io.rosipsec.hw;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * RouterOS licence levels ({@code /system license}): the numbered levels 0–6 of RouterBOARD and
 * x86 installs ({@code nlevel}), and the Cloud Hosted Router levels ({@code level: free|p1|p10|
 * p-unlimited}). Facts from the MikroTik manual's licensing pages (hw-profiles.md §4.1, §4.3).
 *
 * <p>Per the manual, features not listed in the licence table are not restricted, so plain IPsec
 * peers and SAs are unlimited at every level; L2TP/IPsec counts against {@link #maxPppTunnels()}.
 * CHR levels limit only speed: {@link #speedCapBitsPerSecond()} per interface (upload).
 */
public enum LicenceLevel {
  /** Trial (no key): everything for 24 h. */
  LEVEL_0("0", 0, -1, -1, -1, -1),
  /** Free demo: one tunnel of each kind. */
  LEVEL_1("1", 1, -1, 1, 1, 1),
  /** Legacy pre-2.8 conversion level, not sold; limits not documented, assumed as level 1. */
  LEVEL_2("2", 2, -1, 1, 1, 1),
  /** WISP CPE (not for x86). */
  LEVEL_3("3", 3, -1, 200, 200, 1),
  /** WISP. */
  LEVEL_4("4", 4, -1, 200, 200, 200),
  /** WISP. */
  LEVEL_5("5", 5, -1, 500, -1, 500),
  /** Controller: unlimited. */
  LEVEL_6("6", 6, -1, -1, -1, -1),
  /** CHR free: 1 Mbit/s per interface. */
  CHR_FREE("free", -1, 1_000_000L, -1, -1, -1),
  /** CHR P1: 1 Gbit/s per interface. */
  CHR_P1("p1", -1, 1_000_000_000L, -1, -1, -1),
  /** CHR P10: 10 Gbit/s per interface. */
  CHR_P10("p10", -1, 10_000_000_000L, -1, -1, -1),
  /** CHR P-Unlimited: no cap. */
  CHR_P_UNLIMITED("p-unlimited", -1, -1, -1, -1, -1);

  private final String routerOsName;
  private final int nlevel;
  private final long speedCap;
  private final int pppTunnels;
  private final int ovpnTunnels;
  private final int hotspotUsers;

  LicenceLevel(
      String routerOsName,
      int nlevel,
      long speedCap,
      int pppTunnels,
      int ovpnTunnels,
      int hotspotUsers) {
    this.routerOsName = routerOsName;
    this.nlevel = nlevel;
    this.speedCap = speedCap;
    this.pppTunnels = pppTunnels;
    this.ovpnTunnels = ovpnTunnels;
    this.hotspotUsers = hotspotUsers;
  }

  /** Printed value: {@code 6} for {@code nlevel}, {@code p1} for a CHR {@code level}. */
  public String routerOsName() {
    return routerOsName;
  }

  /** True for the Cloud Hosted Router levels. */
  public boolean chr() {
    return nlevel < 0;
  }

  /** The numeric level printed as {@code nlevel}; empty for CHR levels. */
  public OptionalInt nlevel() {
    return nlevel < 0 ? OptionalInt.empty() : OptionalInt.of(nlevel);
  }

  /** Per-interface upload cap in bit/s; empty means no cap. */
  public OptionalLong speedCapBitsPerSecond() {
    return speedCap < 0 ? OptionalLong.empty() : OptionalLong.of(speedCap);
  }

  /** Limit on PPPoE, PPTP and L2TP tunnels (each); empty means unlimited. */
  public OptionalInt maxPppTunnels() {
    return limit(pppTunnels);
  }

  /** Limit on OVPN tunnels; empty means unlimited. */
  public OptionalInt maxOvpnTunnels() {
    return limit(ovpnTunnels);
  }

  /** Limit on HotSpot active users; empty means unlimited. */
  public OptionalInt maxHotspotUsers() {
    return limit(hotspotUsers);
  }

  private static OptionalInt limit(int v) {
    return v < 0 ? OptionalInt.empty() : OptionalInt.of(v);
  }

  /** Maps a numeric {@code nlevel}; values outside 0–6 give an empty result. */
  public static Optional<LicenceLevel> fromWire(int nlevel) {
    for (LicenceLevel l : values()) {
      if (l.nlevel == nlevel && nlevel >= 0) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** Maps a printed value ({@code 4}, {@code free}, {@code P-Unlimited}); unknown gives empty. */
  public static Optional<LicenceLevel> fromRouterOsName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (LicenceLevel l : values()) {
      if (l.routerOsName.equals(n)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
