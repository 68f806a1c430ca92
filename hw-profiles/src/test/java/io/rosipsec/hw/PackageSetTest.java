package io.rosipsec.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Package → menu mapping of hw-profiles.md §5 and routeros-cli.md §6.5. */
class PackageSetTest {

  private static HwProfile board(String id) {
    return HwProfiles.builtIn().byId(id).orElseThrow();
  }

  @ParameterizedTest(name = "v{0} {1} <- {2}")
  @CsvSource({
    "7, /container, container",
    "7, /container/config, container",
    "7, /zerotier, zerotier",
    "7, /user-manager, user-manager",
    "7, /ip ipsec, security",
    "7, /ip/ipsec/peer, security",
    "7, /ip ssh, security",
    "7, /interface l2tp-server server, ppp",
    "7, /ipv6 dhcp-client, dhcp",
    "7, /ipv6 address, ipv6",
    "6, /ip ipsec proposal, security",
    "6, /ipv6 address, ipv6",
    "6, /tool user-manager, user-manager",
  })
  void providerOfMenus(int major, String menu, String pkg) {
    assertEquals(pkg, board("rb1100ahx4").packages(major).providerOf(menu).orElseThrow().name());
  }

  @Test
  void wifiMenus() {
    PackageSet hap = board("hap-ac2").packages(7);
    assertEquals("wireless", hap.providerOf("/interface wireless").orElseThrow().name());
    assertEquals("wifi-qcom-ac", hap.providerOf("/interface wifi").orElseThrow().name());
    assertTrue(hap.menuAvailableByDefault("/interface wireless"));
    assertFalse(hap.menuAvailableByDefault("/interface wifi"), "wifi-qcom-ac is only available");
    assertTrue(hap.find("wifi-qcom-ac").orElseThrow().conflicts().contains("wireless"));
  }

  @Test
  void coreMenusHaveNoProvider() {
    PackageSet s = board("ccr2004").packages(7);
    assertTrue(s.providerOf("/ip address").isEmpty());
    assertTrue(s.menuAvailableByDefault("/ip address"));
    assertTrue(s.menuAvailableByDefault("/system resource"));
  }

  @Test
  void optionalPackagesAreNotThereOutOfTheBox() {
    PackageSet s = board("ccr2004").packages(7);
    PackageInfo container = s.find("container").orElseThrow();
    assertTrue(container.optional());
    assertFalse(container.installed());
    assertFalse(container.enabledByDefault());
    assertFalse(s.menuAvailableByDefault("/container"));
    assertFalse(s.menuAvailableByDefault("/zerotier"));
    assertTrue(s.menuAvailableByDefault("/ip ipsec"));
  }

  @Test
  void v7IpsecIsABundleInsideRouteros() {
    PackageInfo security = board("rb4011").packages(7).find("security").orElseThrow();
    assertEquals(PackageKind.BUNDLED, security.kind());
    assertEquals("routeros", security.bundle().orElseThrow());
    assertTrue(security.menus().contains("/ip ipsec"));
    List<String> listed = board("rb4011").packages(7).installed().stream().map(PackageInfo::name).toList();
    assertEquals("routeros", listed.get(0));
  }

  @Test
  void v6SecurityPackageProvidesIpsecAndDependsOnDhcp() {
    PackageSet v6 = board("hex").packages(6);
    List<String> names = v6.installed().stream().map(PackageInfo::name).toList();
    assertEquals(List.of("routeros-mmips", "system", "ipv6", "wireless", "hotspot", "mpls", "routing",
        "ppp", "dhcp", "security", "advanced-tools"), names);
    PackageInfo security = v6.find("security").orElseThrow();
    assertTrue(security.enabledByDefault());
    assertTrue(security.bundle().isEmpty(), "v6 parts are listed separately");
    assertEquals(List.of("dhcp"), security.dependsOn());
    assertTrue(v6.menuAvailableByDefault("/ip ipsec peer"));
    assertFalse(v6.find("ipv6").orElseThrow().enabledByDefault(), "v6 ships ipv6 disabled");
    assertFalse(v6.menuAvailableByDefault("/ipv6 address"));
  }

  @Test
  void disablingDhcpTakesIpsecDownInV6() {
    PackageSet v6 = board("hex").packages(6);
    PackageSet noDhcp = new PackageSet(6, v6.packages().stream()
        .map(p -> p.name().equals("dhcp") ? p.withState(true, false) : p).toList());
    assertFalse(noDhcp.menuAvailableByDefault("/ip ipsec"));
    PackageSet noSecurity = new PackageSet(6, v6.packages().stream()
        .map(p -> p.name().equals("security") ? p.withState(false, false) : p).toList());
    assertFalse(noSecurity.menuAvailableByDefault("/ip ipsec"));
    assertTrue(noSecurity.menuAvailableByDefault("/ip address"));
  }

  static Stream<HwProfile> boards() {
    return HwProfiles.builtIn().all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boards")
  void enabledPackagesNeverConflictAndExistForTheArchitecture(HwProfile p) {
    for (int major : p.routerOsMajors()) {
      PackageSet s = p.packages(major);
      for (PackageInfo pkg : s.packages()) {
        assertTrue(pkg.availableOn(p.architectureName(major)), pkg.name());
        if (pkg.enabledByDefault()) {
          for (String c : pkg.conflicts()) {
            assertFalse(s.find(c).map(PackageInfo::enabledByDefault).orElse(false), pkg.name() + " vs " + c);
          }
        }
      }
    }
  }

  @Test
  void menuSpellingsNormalise() {
    assertEquals("/ip ipsec peer", PackageInfo.normaliseMenu("/ip/ipsec/peer"));
    assertEquals("/ip ipsec peer", PackageInfo.normaliseMenu("  /IP   ipsec peer "));
    assertEquals("/container", PackageInfo.normaliseMenu("container"));
  }
}
