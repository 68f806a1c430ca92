package io.rosipsec.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Licence facts of hw-profiles.md §4.1 and §4.3. */
class LicenceLevelTest {

  @Test
  void chrSpeedCaps() {
    assertEquals(OptionalLong.of(1_000_000L), LicenceLevel.CHR_FREE.speedCapBitsPerSecond());
    assertEquals(OptionalLong.of(1_000_000_000L), LicenceLevel.CHR_P1.speedCapBitsPerSecond());
    assertEquals(OptionalLong.of(10_000_000_000L), LicenceLevel.CHR_P10.speedCapBitsPerSecond());
    assertTrue(LicenceLevel.CHR_P_UNLIMITED.speedCapBitsPerSecond().isEmpty());
    assertTrue(LicenceLevel.LEVEL_6.speedCapBitsPerSecond().isEmpty());
    assertTrue(LicenceLevel.LEVEL_4.speedCapBitsPerSecond().isEmpty());
  }

  @Test
  void tunnelLimits() {
    assertEquals(OptionalInt.of(1), LicenceLevel.LEVEL_1.maxPppTunnels());
    assertEquals(OptionalInt.of(200), LicenceLevel.LEVEL_4.maxPppTunnels());
    assertEquals(OptionalInt.of(500), LicenceLevel.LEVEL_5.maxPppTunnels());
    assertTrue(LicenceLevel.LEVEL_5.maxOvpnTunnels().isEmpty());
    assertTrue(LicenceLevel.LEVEL_6.maxPppTunnels().isEmpty());
    assertEquals(OptionalInt.of(1), LicenceLevel.LEVEL_3.maxHotspotUsers());
    assertTrue(LicenceLevel.CHR_FREE.maxPppTunnels().isEmpty(), "CHR limits speed only");
  }

  @Test
  void wireNames() {
    assertEquals(LicenceLevel.LEVEL_6, LicenceLevel.fromWire(6).orElseThrow());
    assertTrue(LicenceLevel.fromWire(7).isEmpty());
    assertTrue(LicenceLevel.fromWire(-1).isEmpty());
    assertEquals(LicenceLevel.CHR_P_UNLIMITED, LicenceLevel.fromRouterOsName("P-Unlimited").orElseThrow());
    assertEquals(LicenceLevel.LEVEL_4, LicenceLevel.fromRouterOsName("4").orElseThrow());
    assertTrue(LicenceLevel.fromRouterOsName("p2").isEmpty());
    assertTrue(LicenceLevel.CHR_P1.chr());
    assertTrue(LicenceLevel.CHR_P1.nlevel().isEmpty());
    assertFalse(LicenceLevel.LEVEL_5.chr());
    assertEquals(OptionalInt.of(5), LicenceLevel.LEVEL_5.nlevel());
  }

  @Test
  void factoryLevelsPerSpec() {
    HwProfiles all = HwProfiles.builtIn();
    assertEquals(LicenceLevel.LEVEL_4, all.byId("hex").orElseThrow().factoryLicence());
    assertEquals(LicenceLevel.LEVEL_4, all.byId("hap-ac2").orElseThrow().factoryLicence());
    assertEquals(LicenceLevel.LEVEL_5, all.byId("rb4011").orElseThrow().factoryLicence());
    assertEquals(LicenceLevel.LEVEL_5, all.byId("rb5009").orElseThrow().factoryLicence());
    assertEquals(LicenceLevel.LEVEL_6, all.byId("rb1100ahx4").orElseThrow().factoryLicence());
    assertEquals(LicenceLevel.LEVEL_6, all.byId("ccr2116").orElseThrow().factoryLicence());
    HwProfile chr = all.byId("chr").orElseThrow();
    assertEquals(LicenceLevel.CHR_FREE, chr.factoryLicence());
    assertEquals(
        Set.of(LicenceLevel.CHR_FREE, LicenceLevel.CHR_P1, LicenceLevel.CHR_P10, LicenceLevel.CHR_P_UNLIMITED),
        chr.licensing().allowed());
    assertEquals("system-id", chr.licensing().idProperty());
    assertFalse(all.byId("x86").orElseThrow().licensing().allowed().contains(LicenceLevel.LEVEL_3),
        "level 3 is not for x86");
  }

  @Test
  void licensingRejectsAFactoryLevelOutsideTheAllowedSet() {
    assertThrows(IllegalArgumentException.class,
        () -> new Licensing(LicenceLevel.LEVEL_6, Set.of(LicenceLevel.LEVEL_4), "software-id", "AAAA-AAAA"));
    assertThrows(IllegalArgumentException.class,
        () -> new Licensing(LicenceLevel.LEVEL_4, Set.of(LicenceLevel.LEVEL_4), "licence-id", "AAAA-AAAA"));
  }
}
