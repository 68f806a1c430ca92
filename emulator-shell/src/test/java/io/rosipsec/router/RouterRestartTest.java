package io.rosipsec.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.CorruptConfigException;
import io.rosipsec.shell.console.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A router with a data directory keeps its configuration, ids included, across restarts. */
class RouterRestartTest {
  @TempDir Path dir;

  private Console console(Router r) {
    return r.openConsole(r.sessionFor("admin", "local", "").orElseThrow(), 80, 24);
  }

  @Test
  void configurationSurvivesARestartWithTheSameIds() {
    Router a = new Router(RouterOptions.defaults().withDataDir(dir));
    Console c = console(a);
    c.execute("/ip ipsec peer add name=p1 address=192.0.2.9");
    c.execute("/ip ipsec peer add name=p2");
    c.execute("/ip ipsec peer remove p1");
    c.execute("/interface set ether1 name=wan");
    List<String> before = c.execute("/export show-sensitive");

    Router b = new Router(RouterOptions.defaults().withDataDir(dir));
    Console d = console(b);
    assertEquals(before.subList(1, before.size()), d.execute("/export show-sensitive").subList(1, before.size()));
    assertEquals("*2", String.join("", d.execute(":put [/ip ipsec peer find name=p2]")));
    d.execute("/ip ipsec peer add name=p3");
    assertEquals("*3", String.join("", d.execute(":put [/ip ipsec peer find name=p3]")));
    assertTrue(d.execute("/export").contains("set [ find default-name=ether1 ] name=wan"));
  }

  @Test
  void aCorruptDataFileIsReportedAndKept() throws Exception {
    Files.writeString(dir.resolve("config.json"), "{\"format\": 1, \"tables\": [trunc");
    assertThrows(CorruptConfigException.class, () -> new Router(RouterOptions.defaults().withDataDir(dir)));
    assertEquals("{\"format\": 1, \"tables\": [trunc", Files.readString(dir.resolve("config.json")));
  }
}
