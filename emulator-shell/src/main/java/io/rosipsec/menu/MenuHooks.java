package io.rosipsec.menu;

import java.util.List;
import java.util.Map;

/**
 * Two hooks of one menu, run in the order they were registered ({@link MenuService#hook}): both validate (the first
 * refusal wins), both derive (the second sees the first's values), both apply; a menu command goes to the first that
 * implements it. So a layer that adds behaviour (the IPsec engine's live policy state, the launcher's listeners) never
 * has to repeat or replace what an earlier layer registered (policy print rules, the certificate check).
 */
final class MenuHooks implements MenuHook {
  private final MenuHook first;
  private final MenuHook second;

  MenuHooks(MenuHook first, MenuHook second) {
    this.first = first;
    this.second = second;
  }

  @Override
  public void validate(MenuService service, Item before, Item after) {
    first.validate(service, before, after);
    second.validate(service, before, after);
  }

  @Override
  public void derive(MenuService service, Item item, Map<String, String> out) {
    first.derive(service, item, out);
    second.derive(service, item, out);
  }

  @Override
  public boolean action(MenuService service, Session session, String command, Map<String, String> args) {
    return first.action(service, session, command, args) || second.action(service, session, command, args);
  }

  @Override
  public boolean action(MenuService service, Session session, String command, List<String> refs,
      Map<String, String> args) {
    return first.action(service, session, command, refs, args)
        || second.action(service, session, command, refs, args);
  }

  @Override
  public void applied(MenuService service, Item before, Item after) {
    first.applied(service, before, after);
    second.applied(service, before, after);
  }
}
