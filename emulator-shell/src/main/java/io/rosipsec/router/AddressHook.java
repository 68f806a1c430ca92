package io.rosipsec.router;

import io.rosipsec.menu.Item;
import io.rosipsec.menu.MenuHook;
import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.Values;
import java.util.Map;

/** {@code /ip address}: network, netmask and broadcast follow the address unless given. */
final class AddressHook implements MenuHook {
  @Override
  public void derive(MenuService service, Item item, Map<String, String> out) {
    String a = out.get("address");
    if (a == null || !a.contains("/") || a.contains(":")) {
      return;
    }
    String[] d = Values.derive(a);
    out.putIfAbsent("network", d[0]);
    if (item.get("network") == null) {
      out.put("network", d[0]);
    }
    out.putIfAbsent("actual-interface", out.get("interface"));
  }
}
