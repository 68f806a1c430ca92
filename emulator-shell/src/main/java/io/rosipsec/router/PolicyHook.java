package io.rosipsec.router;

import io.rosipsec.menu.Item;
import io.rosipsec.menu.MenuHook;
import io.rosipsec.menu.MenuService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /ip ipsec policy}: templates print only their matching fields ({@code group src-address dst-address protocol
 * proposal template=yes}), other policies their full set without {@code group}/{@code template}, and
 * {@code ph2-state} is derived ({@code no-phase2} until the engine installs SAs).
 */
final class PolicyHook implements MenuHook {
  private static final List<String> TEMPLATE =
      List.of("group", "src-address", "src-port", "dst-address", "dst-port", "protocol", "proposal", "template");

  @Override
  public void derive(MenuService service, Item item, Map<String, String> out) {
    Map<String, String> copy = new LinkedHashMap<>(out);
    out.clear();
    if ("yes".equals(copy.get("template"))) {
      for (String k : TEMPLATE) {
        String v = copy.get(k);
        if (v != null && !(k.endsWith("-port") && v.equals("any"))) {
          out.put(k, v);
        }
      }
      copy.forEach(out::putIfAbsent);
      out.remove("src-port", "any");
      out.remove("dst-port", "any");
      out.remove("tunnel");
      out.remove("action");
      out.remove("level");
      out.remove("ipsec-protocols");
      return;
    }
    copy.remove("group");
    copy.remove("template");
    if (!"yes".equals(copy.get("disabled")) && copy.get("peer") != null) {
      copy.putIfAbsent("ph2-count", "0");
      copy.putIfAbsent("ph2-state", "no-phase2");
    }
    out.putAll(copy);
  }
}
