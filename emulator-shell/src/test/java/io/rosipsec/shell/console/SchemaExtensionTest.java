package io.rosipsec.shell.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.RosVersion;
import io.rosipsec.menu.Schema;
import io.rosipsec.menu.SchemaLoader;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nothing in a menu is written twice: adding one property to a menu's declaration makes it parse, validate,
 * complete, print and export with no code change.
 */
class SchemaExtensionTest {

  @Test
  void aNewPropertyWorksEverywhereWithoutCode() throws IOException {
    String decl;
    try (InputStream in = SchemaLoader.class.getResourceAsStream("/io/rosipsec/menu/schema/ip-ipsec-peer.json")) {
      decl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String extended = decl.replace("\"props\": [",
        "\"props\": [\n    {\"name\": \"mtu-hint\", \"type\": \"int\", \"default\": \"1400\", \"min\": 576, \"max\": 9000,"
            + " \"help\": \"Test-only property\"},");
    Schema schema = SchemaLoader.loadWith(RosVersion.DEFAULT, List.of(extended));
    Router r = new Router(RouterOptions.defaults(), schema);
    Console c = r.openConsole(r.sessionFor("admin", "local", "").orElseThrow(), 80, 24);

    assertEquals(List.of(), c.execute("/ip ipsec peer add name=p1 mtu-hint=1300"));
    assertEquals("1300", String.join("", c.execute(":put [/ip ipsec peer get p1 mtu-hint]")));
    assertTrue(c.execute("/ip ipsec peer print").get(1).contains("mtu-hint=1300"));
    assertEquals("value of mtu-hint out of range (576..9000)",
        String.join("", c.execute("/ip ipsec peer set p1 mtu-hint=10")));
    assertTrue(c.complete("/ip ipsec peer add mtu").contains("mtu-hint="));
    assertTrue(schema.require("/ip/ipsec/peer").commands().get("set").args().contains("mtu-hint"));
    assertTrue(c.execute("/export").contains("add mtu-hint=1300 name=p1"));
    List<MenuService.Row> rows = r.menus().rows(io.rosipsec.menu.Session.SYSTEM, "/ip/ipsec/peer");
    assertEquals("1300", rows.get(0).get("mtu-hint"));
  }
}
