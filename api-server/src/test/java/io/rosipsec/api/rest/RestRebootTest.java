package io.rosipsec.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.rosipsec.menu.MenuService;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /rest/system/reboot} answers {@code []} without a confirmation and the router reboots shortly after;
 * requests after the reboot reach the rebuilt menu model (routeros-api.md §2.2, routeros-cli.md §6).
 */
class RestRebootTest extends RestFixture {

  @Test
  void rebootAnswersEmptyArrayThenRebootsAndLaterRequestsSeeTheNewMenus() throws Exception {
    client.put("/rest/ip/ipsec/peer", "{\"name\":\"p1\",\"address\":\"192.0.2.1\"}");
    MenuService before = router.menus();
    assertReply(200, "[]", client.post("/rest/system/reboot", ""));
    for (int i = 0; i < 100 && router.menus() == before; i++) {
      Thread.sleep(20);
    }
    assertNotSame(before, router.menus(), "the router rebooted");
    HttpResponse<String> peers = client.get("/rest/ip/ipsec/peer");
    assertEquals(200, peers.statusCode());
    assertEquals("p1", ((java.util.Map<?, ?>) array(peers).get(0)).get("name"));
  }
}
