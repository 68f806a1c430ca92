package io.rosipsec.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.RosVersion;
import io.rosipsec.shell.console.Console;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code /system resource}, {@code routerboard}, {@code license}, {@code package}, {@code clock} and {@code ntp client}
 * through the console, per board and version (routeros-cli.md §6.2–6.6, hw-profiles.md §1.2–1.3, §4, §5.2).
 */
class SystemMenusTest {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

  /** A clock tests move forward. */
  static final class StepClock extends Clock {
    private Instant now = T0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  static Router router(String model, String version, Clock clock) {
    return new Router(RouterOptions.defaults().withModel(model).withVersion(RosVersion.parse(version))
        .withClock(clock));
  }

  static Router router(String model, String version) {
    return router(model, version, Clock.fixed(T0, ZoneOffset.UTC));
  }

  static Console console(Router r) {
    return r.openConsole(r.sessionFor("admin", "local", "").orElseThrow(), 80, 24);
  }

  static List<String> run(Console c, String line) {
    return c.execute(line).stream().map(String::stripTrailing).toList();
  }

  /** The keys of a {@code key: value} print, in order. */
  static List<String> keys(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.substring(0, l.indexOf(':')).strip());
    }
    return out;
  }

  /** Keys are right-aligned: every colon in the same column, two spaces before the widest key. */
  static void assertAligned(List<String> lines) {
    int col = lines.get(0).indexOf(':');
    int widest = 0;
    for (String l : lines) {
      assertEquals(col, l.indexOf(':'), l);
      widest = Math.max(widest, l.substring(0, col).strip().length());
    }
    assertEquals(widest + 2, col);
  }

  @Test
  void resourcePrintOfTheDefaultBoardIsExact() {
    StepClock clock = new StepClock();
    Router r = router(null, "7.20.8", clock);
    clock.advance(Duration.parse("P9DT5H28M35S"));
    List<String> lines = run(console(r), "/system resource print");
    assertTrue(lines.get(9).matches(" {17}cpu-load: \\d{1,3}%"), lines.get(9));
    List<String> rest = new ArrayList<>(lines);
    rest.remove(9);
    assertEquals(List.of(
        "                   uptime: 1w2d5h28m35s",
        "                  version: 7.20.8 (long-term)",
        "               build-time: 2026-02-03 13:10:26",
        "         factory-software: 6.45.9",
        "              free-memory: 920.0MiB",
        "             total-memory: 1024.0MiB",
        "                      cpu: ARM",
        "                cpu-count: 4",
        "            cpu-frequency: 533MHz",
        "           free-hdd-space: 115.7MiB",
        "          total-hdd-space: 128.0MiB",
        "  write-sect-since-reboot: 0",
        "         write-sect-total: 0",
        "               bad-blocks: 0%",
        "        architecture-name: arm",
        "               board-name: RB1100AHx4",
        "                 platform: MikroTik"), rest);
  }

  @ParameterizedTest
  @CsvSource({
      "RB1100AHx4, 7.20.8, 7.20.8 (long-term), yes, 6.45.9, arm, RB1100AHx4, ARM",
      "CCR1036-8G-2S+, 7.24, 7.24 (stable), yes, 6.28, tile, CCR1036-8G-2S+, tilegx",
      "hAP ac^2, 7.16.2, 7.16.2 (stable), no, 6.45.9, arm, hAP ac^2, ARM",
      "CHR, 7.22.2, 7.22.2 (stable), no, 7.1, x86_64, 'CHR QEMU Standard PC (i440FX + PIIX, 1996)', QEMU",
      "x86, 7.12.2, 7.12.2 (stable), no, , x86_64, x86, Intel(R) Core(TM) i5-4590 CPU @ 3.30GHz"})
  void resourceFieldsFollowTheBoardAndVersion(String model, String version, String printed, String badBlocks,
      String factory, String arch, String boardName, String cpu) {
    Router r = router(model, version);
    Console c = console(r);
    List<String> lines = run(c, "/system resource print");
    assertAligned(lines);
    List<String> expected = new ArrayList<>(List.of("uptime", "version", "build-time", "factory-software",
        "free-memory", "total-memory", "cpu", "cpu-count", "cpu-frequency", "cpu-load", "free-hdd-space",
        "total-hdd-space", "write-sect-since-reboot", "write-sect-total", "bad-blocks", "architecture-name",
        "board-name", "platform"));
    if (badBlocks.equals("no")) {
      expected.remove("bad-blocks");
    }
    if (factory == null) {
      expected.remove("factory-software");
    }
    assertEquals(expected, keys(lines));
    assertEquals(printed, String.join("", c.execute(":put [/system resource get version]")));
    assertEquals(arch, String.join("", c.execute(":put [/system resource get architecture-name]")));
    assertEquals(boardName, String.join("", c.execute(":put [/system resource get board-name]")));
    assertEquals(cpu, String.join("", c.execute(":put [/system resource get cpu]")));
    assertTrue(String.join("", c.execute(":put [/system resource get build-time]"))
        .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"));
    if (factory != null) {
      assertEquals(factory, String.join("", c.execute(":put [/system resource get factory-software]")));
    }
    // Ansible community.routeros (routeros-cli.md §1.9).
    String text = String.join("\n", c.execute("/system resource print without-paging"));
    assertEquals(version, group("version: (\\S+)", text, 1));
    assertTrue(group("free-memory:\\s(\\d+\\.?\\d*)([KMG]iB)", text, 2).matches("[KMG]iB"));
    assertTrue(group("total-hdd-space:\\s(.*)([KMG]iB)", text, 1).matches("\\d+\\.\\d"));
    assertEquals(arch, group("architecture-name:\\s(.*)", text, 1).strip());
    assertTrue(group("uptime:\\s(.*)", text, 1).strip().matches("\\d+s"));
    assertTrue(group("cpu-load:\\s(.*)", text, 1).strip().matches("\\d+%"));
  }

  private static String group(String regex, String text, int g) {
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
    assertTrue(m.find(), regex + " in\n" + text);
    return m.group(g);
  }

  @Test
  void smallFlashPrintsFreeSpaceInKibAndWritesAreCounted() {
    Router r = router("hAP ac^2", "7.20.8");
    Console c = console(r);
    List<String> lines = run(c, "/system resource print");
    assertTrue(lines.contains("           free-hdd-space: 1946.0KiB"), String.join("\n", lines));
    assertTrue(lines.contains("          total-hdd-space: 16.0MiB"), String.join("\n", lines));
    assertTrue(lines.contains("              free-memory: 80.0MiB"), String.join("\n", lines));
    c.execute("/system identity set name=gw1");
    assertEquals("8", String.join("", c.execute(":put [/system resource get write-sect-since-reboot]")));
  }

  @Test
  void sizesKeepFourDigitsBeforeThePoint() {
    assertEquals("2256.0KiB", SystemMenus.size(2256L << 10));
    assertEquals("16.0MiB", SystemMenus.size(16L << 20));
    assertEquals("1024.0MiB", SystemMenus.size(1L << 30));
    assertEquals("15.9GiB", SystemMenus.size(17_072_324_608L));
  }

  @Test
  void routerboardPrintsPerBoard() {
    Router rb = router(null, "7.20.8");
    assertEquals(List.of(
        "       routerboard: yes",
        "        board-name: RB1100AHx4",
        "             model: RB1100x4",
        "     serial-number: " + rb.serialNumber(),
        "     firmware-type: al2",
        "  factory-firmware: 6.45.9",
        "  current-firmware: 7.20.8",
        "  upgrade-firmware: 7.20.8"), run(console(rb), "/system routerboard print"));
    Router ccr = router("CCR1036-8G-2S+", "7.24");
    assertEquals(List.of(
        "       routerboard: yes",
        "             model: CCR1036-8G-2S+",
        "     serial-number: " + ccr.serialNumber(),
        "     firmware-type: tilegx",
        "  factory-firmware: 3.33",
        "  current-firmware: 7.24",
        "  upgrade-firmware: 7.24"), run(console(ccr), "/system routerboard print"));
    Router hap = router("hAP ac^2", "7.16.2");
    List<String> lines = run(console(hap), "/system routerboard print without-paging");
    assertEquals(List.of(
        "       routerboard: yes",
        "        board-name: hAP ac^2",
        "             model: RBD52G-5HacD2HnD",
        "          revision: r2",
        "     serial-number: " + hap.serialNumber(),
        "     firmware-type: ipq4000L",
        "  factory-firmware: 6.45.9",
        "  current-firmware: 7.16.2",
        "  upgrade-firmware: 7.16.2"), lines);
    assertTrue(hap.serialNumber().matches("[0-9A-F]{12}"));
    assertEquals("RBD52G-5HacD2HnD", group("model: (.+)$", String.join("\n", lines), 1));
  }

  @Test
  void licenceOfARouterBoardMatchesTheExportHeader() {
    Router r = router(null, "7.20.8");
    Console c = console(r);
    List<String> lines = run(c, "/system license print");
    String id = r.exportHeader().get(1).substring("# software id = ".length());
    assertEquals(List.of("  software-id: " + id, "       nlevel: 6", "     features:"), lines);
    assertTrue(id.matches("[0-9A-Z]{4}-[0-9A-Z]{4}"), id);
    assertEquals("6", String.join("", c.execute(":put [/system license get nlevel]")));
    Console hap = console(router("hAP ac^2", "7.20.8"));
    assertEquals("4", String.join("", hap.execute(":put [/system license get nlevel]")));
    assertEquals(List.of("failure: generate-new-id is not available"), c.execute("/system license generate-new-id"));
  }

  @Test
  void chrLicenceIsFreeAndCanDrawANewId() {
    Router r = router("CHR", "7.22.2");
    Console c = console(r);
    List<String> lines = run(c, "/system license print");
    assertEquals(List.of("system-id", "level"), keys(lines));
    assertEquals("      level: free", lines.get(1));
    String id = String.join("", c.execute(":put [/system license get system-id]"));
    assertTrue(id.matches("[0-9A-Za-z]{11}"), id);
    assertEquals("# system id = " + id, r.exportHeader().get(1));
    assertEquals(List.of(), c.execute("/system license generate-new-id"));
    assertNotEquals(id, String.join("", c.execute(":put [/system license get system-id]")));
    assertEquals(List.of("bad command name renew (line 1 column 17)"), c.execute("/system license renew"));
  }

  @Test
  void packagesListTheInstalledPackagesAtTheRunningVersion() {
    assertEquals(List.of(
        "Columns: NAME, VERSION, BUILD-TIME, SIZE",
        "# NAME      VERSION  BUILD-TIME           SIZE",
        "0 routeros  7.20.8   2026-02-03 13:10:26  12.3MiB"),
        run(console(router(null, "7.20.8")), "/system package print"));
    assertEquals(List.of(
        "Columns: NAME, VERSION, BUILD-TIME, SIZE",
        "# NAME      VERSION  BUILD-TIME           SIZE",
        "0 routeros  7.24     2026-07-21 12:05:17  12.3MiB",
        "1 wireless  7.24     2026-07-21 12:05:17  1843.0KiB"),
        run(console(router("hAP ac^2", "7.24")), "/system package print"));
    Console chr = console(router("CHR", "7.16.2"));
    assertEquals("0 routeros  7.16.2   2024-11-26 11:24:50  13.9MiB", run(chr, "/system package print").get(2));
    assertEquals("7.16.2", String.join("", chr.execute(":put [/system package get [find name=routeros] version]")));
  }

  @Test
  void uninstallIsScheduledUntilReboot() {
    Console c = console(router("hAP ac^2", "7.20.8"));
    assertEquals(List.of("failure: can not uninstall system package"),
        c.execute("/system package uninstall numbers=0"));
    assertEquals(List.of(), c.execute("/system package uninstall numbers=[find name=wireless]"));
    assertEquals("scheduled for uninstall",
        String.join("", c.execute(":put [/system package get [find name=wireless] scheduled]")));
    assertEquals(List.of(), c.execute("/system package unschedule numbers=1"));
    assertEquals("", String.join("", c.execute(":put [/system package get [find name=wireless] scheduled]")));
  }

  @Test
  void disableAndEnableAreScheduledUntilReboot() {
    Console c = console(router("hAP ac^2", "7.20.8"));
    String get = ":put [/system package get [find name=wireless] scheduled]";
    assertEquals(List.of("failure: can not disable system package"), c.execute("/system package disable numbers=0"));
    assertEquals(List.of(), c.execute("/system package disable numbers=[find name=wireless]"));
    assertEquals("scheduled for disable", String.join("", c.execute(get)));
    assertEquals(List.of(), c.execute("/system package enable numbers=1"));
    assertEquals("", String.join("", c.execute(get)), "enabling an enabled package cancels its scheduled disable");
  }

  @Test
  void clockShowsLiveTimeInTheConfiguredZone() {
    StepClock clock = new StepClock();
    Router r = router(null, "7.20.8", clock);
    Console c = console(r);
    assertEquals(List.of(
        "                  time: 10:00:00",
        "                  date: 2026-11-26",
        "  time-zone-autodetect: yes",
        "        time-zone-name: manual",
        "            gmt-offset: +00:00",
        "            dst-active: no"), run(c, "/system clock print"));
    clock.advance(Duration.ofSeconds(75));
    assertEquals("10:01:15", String.join("", c.execute(":put [/system clock get time]")));
    assertEquals(List.of(), c.execute("/system clock set time-zone-autodetect=no time-zone-name=Europe/Riga"));
    List<String> riga = run(c, "/system clock print");
    assertEquals("                  time: 12:01:15", riga.get(0));
    assertEquals("            gmt-offset: +02:00", riga.get(4));
    assertEquals(List.of(), c.execute("/system clock set time=09:30:00 date=2027-07-01"));
    List<String> moved = run(c, "/system clock print");
    assertEquals("                  time: 09:30:00", moved.get(0));
    assertEquals("                  date: 2027-07-01", moved.get(1));
    assertEquals("            gmt-offset: +03:00", moved.get(4));
    assertEquals("            dst-active: yes", moved.get(5));
    assertEquals(List.of("invalid value for argument time"), c.execute("/system clock set time=25:00:00"));
    assertEquals(List.of("invalid value for argument date"), c.execute("/system clock set date=tomorrow"));
  }

  @Test
  void ntpClientIsConfigurable() {
    Console c = console(router(null, "7.22.2"));
    assertEquals(List.of("  enabled: no", "     mode: unicast", "  servers:", "      vrf: main"),
        run(c, "/system ntp client print"));
    assertEquals(List.of(), c.execute("/system ntp client set enabled=yes servers=0.pool.ntp.org,1.pool.ntp.org"));
    assertEquals("true", String.join("", c.execute(":put [/system ntp client get enabled]")));
    assertEquals(List.of("  enabled: yes", "     mode: unicast", "  servers: 0.pool.ntp.org,1.pool.ntp.org",
        "      vrf: main"), run(c, "/system ntp client print"));
    assertTrue(c.execute("/export").contains("set enabled=yes servers=0.pool.ntp.org,1.pool.ntp.org"),
        String.join("\n", c.execute("/export")));
    assertEquals(List.of("input does not match any value of mode"), c.execute("/system ntp client set mode=bogus"));
    assertEquals(List.of(), c.execute("/system ntp client reset-freq-drift"));
    assertEquals(List.of(), c.execute("/system ntp client reset"));
    assertEquals("  enabled: no", run(c, "/system ntp client print").get(0));
  }
}
