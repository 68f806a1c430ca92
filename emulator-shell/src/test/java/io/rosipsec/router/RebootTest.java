package io.rosipsec.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.RosVersion;
import io.rosipsec.menu.Session;
import io.rosipsec.shell.console.Console;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /system reboot}, {@code /system shutdown} and package enable/disable taking effect at reboot
 * (routeros-cli.md §6, hw-profiles.md §5): the schema a router runs follows its installed and enabled packages, a
 * reboot rebuilds it over the same configuration store, applies scheduled changes, ends sessions and resets uptime.
 */
class RebootTest {
  private static final String ZT_CONFIG = "/zerotier add name=zt1 port=9994;"
      + " /zerotier interface add name=zerotier1 instance=zt1 network=8056c2e21c000001 allow-default=yes";

  private static Router zerotierRouter(Path dir) {
    RouterOptions o = RouterOptions.defaults().withPackages(Set.of("zerotier"));
    return new Router(dir == null ? o : o.withDataDir(dir));
  }

  private static Console console(Router r) {
    return SystemMenusTest.console(r);
  }

  private static List<String> export(Router r) {
    List<String> out = new ArrayList<>(console(r).execute("/export"));
    out.removeIf(l -> l.startsWith("# 20"));
    return out;
  }

  @Test
  void optionalPackageMenusExistOnlyWhenInstalledAndEnabled() {
    Router plain = new Router(RouterOptions.defaults());
    assertFalse(plain.schema().exists("/zerotier"));
    assertEquals(List.of("bad command name zerotier (line 1 column 2)"), console(plain).execute("/zerotier print"));
    Router zt = zerotierRouter(null);
    assertTrue(zt.schema().menu("/zerotier/interface").isPresent());
    assertTrue(zt.schema().exists("/ip/ipsec/peer"), "the bundled security package stays enabled");
    assertEquals(List.of(), console(zt).execute(ZT_CONFIG));
    assertEquals("zt1", String.join("", console(zt).execute(":put [/zerotier get [find] name]")));
    assertEquals(10, String.join("", console(zt).execute(":put [/zerotier get zt1 identity-public]")).length());
  }

  @Test
  void containerConfigComesWithTheContainerPackage() {
    assertFalse(new Router(RouterOptions.defaults()).schema().exists("/container/config"));
    Router r = new Router(RouterOptions.defaults().withPackages(Set.of("container")));
    Console c = console(r);
    assertEquals(List.of(), c.execute("/container config set registry-url=https://registry.example tmpdir=disk1/tmp"));
    List<String> export = c.execute("/container config export");
    assertTrue(export.contains("/container config"), export.toString());
    assertFalse(r.schema().exists("/zerotier"), "only the installed package's menus appear");
  }

  @Test
  void apiAndRestNamePackagesByName() {
    Router r = zerotierRouter(null);
    // API and REST pass numbers= as given ({"numbers":"zerotier"}), not as console-resolved ids.
    r.menus().setDisabled(Session.SYSTEM, "/system/package", List.of("zerotier"), true);
    assertEquals(java.util.Optional.of("scheduled for disable"), r.packages().scheduled("zerotier"));
    io.rosipsec.menu.MenuException e = org.junit.jupiter.api.Assertions.assertThrows(
        io.rosipsec.menu.MenuException.class,
        () -> r.menus().setDisabled(Session.SYSTEM, "/system/package", List.of("no-such-package"), true));
    assertEquals("no such item", e.getMessage());
  }

  @Test
  void aPackageOnAnotherArchitectureCannotBeInstalled() {
    RouterOptions o = RouterOptions.defaults().withModel("CHR").withPackages(Set.of("zerotier"));
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Router(o));
    assertTrue(e.getMessage().contains("zerotier"), e.getMessage());
  }

  @Test
  void disableTakesEffectAtRebootAndEnableBringsTheConfigurationBack() {
    Router r = zerotierRouter(null);
    Console c = console(r);
    c.execute(ZT_CONFIG);
    List<String> before = export(r);
    assertTrue(before.contains("/zerotier interface"), before.toString());
    assertEquals(List.of(), c.execute("/system package disable zerotier"));
    assertEquals("scheduled for disable",
        String.join("", c.execute(":put [/system package get [find name=zerotier] scheduled]")));
    assertTrue(r.schema().exists("/zerotier"), "nothing changes before the reboot");

    r.reboots().reboot();
    assertFalse(r.schema().exists("/zerotier"));
    Console after = console(r);
    assertEquals(List.of("bad command name zerotier (line 1 column 2)"), after.execute("/zerotier print"));
    assertEquals(List.of("bad command name zerotier (line 1 column 1)"), after.execute("zerotier interface print"));
    assertFalse(String.join("\n", export(r)).contains("zerotier"));
    assertEquals(1, r.menus().store().items("/zerotier").size(), "items stay stored while the package is off");
    List<String> pkg = SystemMenusTest.run(after, "/system package print");
    assertTrue(pkg.stream().anyMatch(l -> l.matches("1 X zerotier .*")), pkg.toString());
    assertEquals("", String.join("", after.execute(":put [/system package get [find name=zerotier] scheduled]")));

    after.execute("/system package enable zerotier");
    r.reboots().reboot();
    assertEquals(before, export(r));
  }

  @Test
  void uninstallAtRebootRemovesThePackageFromTheList() {
    Router r = zerotierRouter(null);
    Console c = console(r);
    c.execute("/system package uninstall zerotier");
    r.reboots().reboot();
    assertEquals(List.of("routeros"), r.packages().listed().stream().map(p -> p.name()).toList());
    assertFalse(r.schema().exists("/zerotier"));
  }

  @Test
  void packageStateIsKeptInTheDataDirectory(@TempDir Path dir) {
    Router r = zerotierRouter(dir);
    console(r).execute(ZT_CONFIG);
    console(r).execute("/system package disable zerotier");
    r.reboots().reboot();
    Router restarted = zerotierRouter(dir);
    assertFalse(restarted.schema().exists("/zerotier"), "the disabled state survives a process restart");
    assertEquals(1, restarted.menus().store().items("/zerotier/interface").size());
  }

  @Test
  void aV6PackageProvidingIpsecTakesItAwayWhenDisabled() {
    Router r = new Router(RouterOptions.defaults().withModel("CHR").withVersion(RosVersion.parse("6.49.10")));
    Console c = console(r);
    assertEquals(List.of(), c.execute("/ip ipsec peer add name=p1 address=192.0.2.1"));
    assertEquals(List.of(), c.execute("/system package disable security"));
    r.reboots().reboot();
    assertFalse(r.schema().exists("/ip/ipsec"));
    assertEquals(List.of("bad command name ipsec (line 1 column 5)"), console(r).execute("/ip ipsec peer print"));
    console(r).execute("/system package enable security");
    r.reboots().reboot();
    assertEquals("p1", String.join("", console(r).execute(":put [/ip ipsec peer get [find] name]")));
  }

  @Test
  void rebootEndsSessionsResetsUptimeAndLogs() {
    SystemMenusTest.StepClock clock = new SystemMenusTest.StepClock();
    Router r = new Router(RouterOptions.defaults().withClock(clock));
    AtomicInteger closed = new AtomicInteger();
    Session s = r.sessionFor("admin", "ssh", "192.0.2.9").orElseThrow();
    r.login(s, closed::incrementAndGet);
    clock.advance(Duration.ofHours(2));
    assertEquals("02:00:00", String.join("", console(r).execute(":put [/system resource get uptime]")));
    r.reboots().reboot();
    assertEquals(1, closed.get());
    assertEquals(List.of(), r.menus().rows(Session.SYSTEM, "/user/active"));
    assertEquals("00:00:00", String.join("", console(r).execute(":put [/system resource get uptime]")));
    List<String> log = console(r).execute("/log print");
    assertTrue(log.get(log.size() - 1).matches("\\d+ [-0-9 :]+ +system,info +router rebooted *"), log.toString());
  }

  @Test
  void rebootRestartsTheIpsecEngineOnTheSameEndpoints() throws Exception {
    Router r = new Router(RouterOptions.defaults());
    int ike;
    int natT;
    try (java.net.DatagramSocket a = new java.net.DatagramSocket(0, java.net.InetAddress.getByName("127.0.0.1"));
        java.net.DatagramSocket b = new java.net.DatagramSocket(0, java.net.InetAddress.getByName("127.0.0.1"))) {
      ike = a.getLocalPort();
      natT = b.getLocalPort();
    }
    r.ipsec().start(java.net.InetAddress.getByName("127.0.0.1"), ike, natT);
    try {
      IpsecBridge old = r.ipsec();
      List<java.net.InetSocketAddress> endpoints = old.endpoints();
      r.reboots().reboot();
      assertFalse(old.running(), "the engine of the previous run stopped (its SAs are gone)");
      assertTrue(r.ipsec().running());
      assertEquals(endpoints, r.ipsec().endpoints());
    } finally {
      r.ipsec().stop();
    }
  }

  @Test
  void systemExportStillWorksOnTheSystemDirectory() {
    Router r = new Router(RouterOptions.defaults());
    console(r).execute("/system identity set name=R1");
    List<String> out = console(r).execute("/system export");
    assertTrue(out.contains("/system identity") && out.contains("set name=R1"), out.toString());
  }

  @Test
  void consoleAsksBeforeRebootingAndOnlyYesReboots() throws InterruptedException {
    Router r = new Router(RouterOptions.defaults());
    Console c = console(r);
    List<String> asked = new ArrayList<>();
    c.setConfirmer(q -> {
      asked.add(q);
      return false;
    });
    assertEquals(List.of(), c.execute("/system reboot"));
    assertEquals(List.of("Reboot, yes? [y/N]: "), asked);
    c.setConfirmer(q -> {
      asked.add(q);
      return true;
    });
    assertEquals(List.of("system will reboot shortly"), c.execute("/system reboot"));
    assertTrue(awaitLog(r, "router rebooted"), "the reboot happens shortly after the answer");
    assertEquals(1, count(r, "router rebooted"), "the cancelled request did not reboot");
  }

  @Test
  void shutdownAsksThenStopsAndTellsTheListeners() throws InterruptedException {
    Router r = new Router(RouterOptions.defaults());
    AtomicInteger told = new AtomicInteger();
    r.reboots().onShutdown(told::incrementAndGet);
    Console c = console(r);
    List<String> asked = new ArrayList<>();
    c.setConfirmer(q -> asked.add(q));
    assertEquals(List.of("system will shutdown shortly"), c.execute("/system shutdown"));
    assertEquals(List.of("Shutdown, yes? [y/N]: "), asked);
    for (int i = 0; i < 100 && told.get() == 0; i++) {
      Thread.sleep(20);
    }
    assertEquals(1, told.get());
    assertTrue(r.reboots().halted());
  }

  @Test
  void applyChangesAsksAndReboots() throws InterruptedException {
    Router r = new Router(RouterOptions.defaults().withVersion(RosVersion.parse("7.20.8"))
        .withPackages(Set.of("zerotier")));
    Console c = console(r);
    c.execute("/system package disable zerotier");
    List<String> asked = new ArrayList<>();
    c.setConfirmer(q -> asked.add(q));
    assertEquals(List.of("system will reboot shortly"), c.execute("/system package apply-changes"));
    assertEquals(List.of("Apply scheduled changes and reboot device? [y/N]: "), asked);
    assertTrue(awaitLog(r, "router rebooted"));
    assertFalse(r.packages().enabled("zerotier"));
  }

  private static boolean awaitLog(Router r, String message) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (count(r, message) > 0) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  private static long count(Router r, String message) {
    return r.log().rows().stream().filter(m -> message.equals(m.get("message"))).count();
  }
}
