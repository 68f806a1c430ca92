package io.rosipsec.router;

import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.menu.Item;
import io.rosipsec.menu.MenuHook;
import io.rosipsec.menu.MenuService;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /ip ipsec policy} with the engine behind it, after {@link PolicyHook}'s print rules (registered first by the
 * router, so both run): the live {@code ph2-count}, {@code ph2-state} ({@code established} while a Child SA covers the policy) and the {@code A} (active)
 * flag; every committed change is handed to the engine.
 */
final class ActivePolicyHook implements MenuHook {
  private final IpsecBridge bridge;

  ActivePolicyHook(IpsecBridge bridge) {
    this.bridge = bridge;
  }

  @Override
  public void derive(MenuService service, Item item, Map<String, String> out) {
    if ("yes".equals(out.get("disabled")) || !out.containsKey("ph2-state") || !bridge.running()) {
      return;
    }
    Optional<PolicyConfig> p = IpsecConfigReader.policyOf(out);
    int n = p.map(bridge.engine()::ph2Count).orElse(0);
    out.put("ph2-count", Integer.toString(n));
    out.put("ph2-state", n > 0 ? "established" : "no-phase2");
    if (n > 0) {
      out.put("active", "yes");
    }
  }

  @Override
  public void applied(MenuService service, Item before, Item after) {
    bridge.reapply();
  }
}
