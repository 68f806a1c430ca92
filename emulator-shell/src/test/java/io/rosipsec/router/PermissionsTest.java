package io.rosipsec.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.Session;
import io.rosipsec.shell.console.Console;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /user group} policies decide what a session may do. */
class PermissionsTest {
  @Test
  void readGroupCannotWriteNorSeeSecrets() {
    Router r = new Router(RouterOptions.defaults().withVersion(io.rosipsec.menu.RosVersion.parse("7.16.2")));
    Console admin = r.openConsole(r.sessionFor("admin", "local", "").orElseThrow(), 80, 24);
    assertEquals(List.of(), admin.execute("/user add name=viewer group=read password=v"));
    assertEquals(List.of(), admin.execute("/ip ipsec peer add name=p"));
    assertEquals(List.of(), admin.execute("/ip ipsec identity add peer=p secret=hidden"));
    Session viewer = r.authenticate("viewer", "v", "ssh", "192.0.2.9").orElseThrow();
    assertFalse(viewer.may("write"));
    Console c = r.openConsole(viewer, 80, 24);
    assertEquals(List.of("not enough permissions"), c.execute("/ip ipsec peer add name=q"));
    assertTrue(String.join("\n", c.execute("/ip ipsec identity print")).contains("peer=p"));
    assertFalse(String.join("\n", c.execute("/ip ipsec identity print")).contains("hidden"));
    assertFalse(String.join("\n", c.execute("/export show-sensitive")).contains("hidden"));
    assertEquals(List.of("1"), c.execute("/ip ipsec peer print count-only"));
  }
}
