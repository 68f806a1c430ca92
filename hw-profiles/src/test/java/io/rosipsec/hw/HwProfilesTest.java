package io.rosipsec.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HwProfilesTest {

  private static final HwProfiles PROFILES = HwProfiles.builtIn();

  static Stream<HwProfile> boards() {
    return PROFILES.all().stream();
  }

  @Test
  void loadsEveryBoardTheBriefNames() {
    List<String> ids = PROFILES.all().stream().map(HwProfile::id).toList();
    assertEquals(
        List.of(
            "rb1000", "rb1100ahx2", "rb850gx2", "rb1100ahx4", "ccr1009", "ccr1016", "ccr1036",
            "ccr1072", "ccr2004", "ccr2116", "ccr2216", "rb5009", "hap-ac2", "rb4011", "hex", "x86",
            "chr"),
        ids);
    assertSame(PROFILES, HwProfiles.builtIn());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boards")
  void everyFieldIsPresentAndSane(HwProfile p) {
    assertFalse(p.boardName().isBlank());
    assertFalse(p.model().isBlank());
    assertTrue(Set.of("powerpc", "arm", "arm64", "tile", "mmips", "x86_64").contains(p.architectureName()),
        p.architectureName());
    assertFalse(p.cpu().isBlank());
    assertTrue(p.cpuCount() >= 1 && p.cpuCount() <= 72);
    assertTrue(p.cpuFrequencyMhz() >= 300 && p.cpuFrequencyMhz() <= 5000);
    assertTrue(p.cpuFrequencyMaxMhz() >= p.cpuFrequencyMhz());
    assertTrue(p.totalMemoryBytes() >= 64L << 20, "at least 64 MiB");
    assertTrue(p.totalMemoryBytes() <= 64L << 30);
    assertTrue(p.totalHddBytes() >= 16L << 20);
    assertEquals("MikroTik", p.platform());
    assertFalse(p.soc().isBlank());
    assertFalse(p.routerOsMajors().isEmpty());
    assertNotNull(p.acceleration());
    assertNotNull(p.factoryLicence());
    assertTrue(p.licensing().allowed().contains(p.factoryLicence()));
    for (int major : p.routerOsMajors()) {
      PackageSet set = p.packages(major);
      assertEquals(major, set.routerOsMajor());
      assertFalse(set.installed().isEmpty());
      assertTrue(set.installed().get(0).kind() == PackageKind.SYSTEM, "system package first");
      assertTrue(set.menuAvailableByDefault("/ip ipsec"), "IPsec present out of the box on v" + major);
      assertFalse(p.boardName(major).isBlank());
    }
    for (AccelPath path : AccelPath.values()) {
      assertTrue(p.throughput().ceilingKpps(path) > 0);
    }
    assertTrue(p.throughput().ceilingKpps(AccelPath.HARDWARE)
        >= p.throughput().ceilingKpps(AccelPath.SOFTWARE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boards")
  void routerboardFieldsFollowThePlatform(HwProfile p) {
    if (p.routerboard()) {
      assertTrue(p.serialFormat().isPresent());
      assertTrue(p.firmwareType().isPresent());
      assertTrue(p.factoryFirmware().isPresent());
      assertEquals("software-id", p.licensing().idProperty());
      assertEquals(Set.of(p.factoryLicence()), p.licensing().allowed(), "RB licences are bound");
      assertFalse(p.factoryLicence().chr());
    } else {
      assertTrue(p.serialNumber(1).isEmpty());
      assertTrue(p.firmwareType().isEmpty());
      assertFalse(p.badBlocks(), "bad-blocks only on NAND RouterBOARDs");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boards")
  void notesOnlyAnnotateExistingFields(HwProfile p) {
    assertTrue(p.notes().containsKey("throughput"), "every throughput envelope says where it comes from");
    p.notes().values().forEach(n -> assertFalse(n.isBlank()));
  }

  @ParameterizedTest
  @CsvSource({
    "RB1000, rb1000",
    "rb1100ahx2, rb1100ahx2",
    "RB850Gx2, rb850gx2",
    "RB1100AHx4, rb1100ahx4",
    "rb1100x4, rb1100ahx4",
    "CCR1009-7G-1C-1S+, ccr1009",
    "ccr1016, ccr1016",
    "CCR1036, ccr1036",
    "CCR1036-8G-2S+, ccr1036",
    "ccr1036-8g-2s+, ccr1036",
    "CCR1036-12G-4S, ccr1036",
    "CCR1072-1G-8S+, ccr1072",
    "CCR2004-16G-2S+, ccr2004",
    "CCR2116, ccr2116",
    "ccr2216-1g-12xs-2xq, ccr2216",
    "RB5009UG+S+, rb5009",
    "RB5009UPr+S+, rb5009",
    "hAP ac^2, hap-ac2",
    "hap ac2, hap-ac2",
    "hAP ac\u00b2, hap-ac2",
    "RBD52G-5HacD2HnD, hap-ac2",
    "RB4011iGS+, rb4011",
    "RB4011, rb4011",
    "hEX, hex",
    "RB750Gr3, hex",
    "x86, x86",
    "CHR, chr",
    "'CHR QEMU Standard PC (i440FX + PIIX, 1996)', chr",
    "CHR innotek GmbH VirtualBox, chr",
    "'  chr   qemu kvm virtual machine ', chr",
  })
  void looksUpByBoardNameModelAndAlias(String name, String id) {
    assertEquals(id, PROFILES.byBoardName(name).orElseThrow().id());
  }

  @Test
  void unknownNamesFindNothing() {
    assertTrue(PROFILES.byBoardName("RB951Ui-2HnD").isEmpty());
    assertTrue(PROFILES.byBoardName("CHRONOS").isEmpty());
    assertTrue(PROFILES.byBoardName(null).isEmpty());
    assertTrue(PROFILES.byId("nope").isEmpty());
  }

  @Test
  void boardNamesAreUnique() {
    Set<String> seen = new HashSet<>();
    for (HwProfile p : PROFILES.all()) {
      assertTrue(seen.add(HwProfiles.normalise(p.boardName())), p.boardName());
    }
  }

  @Test
  void defaultProfileIsAnAcceleratingRouterboard() {
    HwProfile d = PROFILES.defaultProfile();
    assertEquals("rb1100ahx4", d.id());
    assertTrue(d.routerboard());
    assertEquals(LicenceLevel.LEVEL_6, d.factoryLicence());
    assertTrue(d.accelerates("aes-256-cbc", 0, "sha1", d.serialNumber(0).orElseThrow()));
    assertTrue(d.runs(6) && d.runs(7));
  }

  @Test
  void printedIdentityMatchesTheSpecPrints() {
    HwProfile hex = PROFILES.byId("hex").orElseThrow();
    assertEquals("MIPS 1004Kc V2.15", hex.cpu());
    assertEquals(880, hex.cpuFrequencyMhz());
    assertEquals(256L << 20, hex.totalMemoryBytes());
    assertEquals("mmips", hex.architectureName());
    HwProfile ccr = PROFILES.byId("ccr1036").orElseThrow();
    assertEquals("tilegx", ccr.cpu());
    assertEquals(36, ccr.cpuCount());
    assertEquals("tilegx", ccr.firmwareType().orElseThrow());
    HwProfile rb = PROFILES.byId("rb1100ahx4").orElseThrow();
    assertEquals("ARM", rb.cpu());
    assertEquals(1L << 30, rb.totalMemoryBytes());
    assertEquals(128L << 20, rb.totalHddBytes());
  }

  @Test
  void perMajorOverrides() {
    HwProfile chr = PROFILES.byId("chr").orElseThrow();
    assertEquals("CHR", chr.boardName(6));
    assertEquals("CHR QEMU Standard PC (i440FX + PIIX, 1996)", chr.boardName(7));
    assertEquals("Intel(R)", chr.cpu(6));
    assertEquals("QEMU", chr.cpu(7));
    HwProfile x86 = PROFILES.byId("x86").orElseThrow();
    assertEquals("x86", x86.architectureName(6));
    assertEquals("x86_64", x86.architectureName(7));
    HwProfile hap = PROFILES.byId("hap-ac2").orElseThrow();
    assertEquals("ARMv7", hap.cpu(6));
    assertEquals("ARM", hap.cpu(7));
    assertEquals("hAP ac^2", hap.boardName(7));
  }

  @Test
  void versionSupport() {
    assertEquals(Set.of(7), PROFILES.byId("rb5009").orElseThrow().routerOsMajors());
    assertEquals(Set.of(7), PROFILES.byId("ccr2116").orElseThrow().routerOsMajors());
    assertEquals(Set.of(6), PROFILES.byId("rb1000").orElseThrow().routerOsMajors());
    HwProfile rb5009 = PROFILES.byId("rb5009").orElseThrow();
    assertThrows(IllegalArgumentException.class, () -> rb5009.packages(6));
  }

  @Test
  void catalogueListsEveryPackageOfAMajorWithItsMenus() {
    List<PackageInfo> v7 = PROFILES.catalogue(7);
    PackageInfo zerotier = v7.stream().filter(p -> p.name().equals("zerotier")).findFirst().orElseThrow();
    assertEquals(List.of("/zerotier"), zerotier.menus());
    assertFalse(zerotier.installed());
    assertTrue(v7.stream().allMatch(p -> p.routerOsMajor() == 7));
    PackageInfo security6 = PROFILES.catalogue(6).stream().filter(p -> p.name().equals("security"))
        .findFirst().orElseThrow();
    assertTrue(security6.menuMatchLength("/ip/ipsec/peer") > 0, "v6 security provides /ip ipsec");
  }
}
