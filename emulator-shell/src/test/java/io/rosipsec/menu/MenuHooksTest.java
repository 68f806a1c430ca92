package io.rosipsec.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hooks registered on one menu by different layers all run, in registration order ({@link MenuHooks}). */
class MenuHooksTest {
  private static final String PEER = "/ip/ipsec/peer";

  @Test
  void everyLayersHookValidatesDerivesAndApplies() {
    MenuService m = new MenuService(SchemaLoader.load(RosVersion.DEFAULT), new ConfigStore());
    List<String> calls = new ArrayList<>();
    m.hook(PEER, new MenuHook() {
      @Override
      public void validate(MenuService s, Item before, Item after) {
        calls.add("validate 1");
      }

      @Override
      public void derive(MenuService s, Item item, Map<String, String> out) {
        out.put("comment", "first");
      }

      @Override
      public void applied(MenuService s, Item before, Item after) {
        calls.add("applied 1");
      }
    });
    m.hook(PEER, new MenuHook() {
      @Override
      public void validate(MenuService s, Item before, Item after) {
        calls.add("validate 2");
        if (after != null && "refused".equals(after.get("name"))) {
          throw new MenuException("failure: refused by the second layer");
        }
      }

      @Override
      public void derive(MenuService s, Item item, Map<String, String> out) {
        out.put("comment", out.get("comment") + " then second");
      }

      @Override
      public void applied(MenuService s, Item before, Item after) {
        calls.add("applied 2");
      }
    });
    m.add(Session.SYSTEM, PEER, Map.of("name", "p1", "address", "192.0.2.1"));
    assertEquals(List.of("validate 1", "validate 2", "applied 1", "applied 2"), calls);
    assertEquals("first then second", m.rows(Session.SYSTEM, PEER).get(0).get("comment"));

    calls.clear();
    MenuException e = assertThrows(MenuException.class,
        () -> m.add(Session.SYSTEM, PEER, Map.of("name", "refused", "address", "192.0.2.2")));
    assertEquals("failure: refused by the second layer", e.getMessage());
    assertEquals(List.of("validate 1", "validate 2"), calls, "a refusal applies nothing");
    assertEquals(1, m.rows(Session.SYSTEM, PEER).size(), "and stores nothing");
  }
}
