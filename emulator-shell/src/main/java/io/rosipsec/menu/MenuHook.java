package io.rosipsec.menu;

import java.util.Map;

/**
 * Per-menu behaviour the schema cannot declare: cross-field validation with RouterOS's messages, derived read-only
 * values (a policy's {@code ph2-state}, an address's {@code network}) and the apply step towards the engine. Called by
 * {@link MenuService} inside the command's transaction: validate (throw {@link MenuException} to refuse and roll back),
 * then, once every check passed, {@link #applied}.
 */
public interface MenuHook {

  /** Checks an item as it would be after the change; {@code before} is null on add, {@code after} null on remove. */
  default void validate(MenuService service, Item before, Item after) {}

  /** Adds derived read-only values for print. */
  default void derive(MenuService service, Item item, Map<String, String> out) {}

  /**
   * A menu-specific command of a configuration menu ({@code /user ssh-keys import}); false when the hook does not
   * implement it. Runs inside the command's transaction.
   */
  default boolean action(MenuService service, Session session, String command, Map<String, String> args) {
    return false;
  }

  /**
   * A menu-specific command naming items ({@code /certificate sign srv}): {@code refs} are their {@code *id}s. By
   * default the items are ignored and {@link #action(MenuService, Session, String, Map)} runs.
   */
  default boolean action(
      MenuService service, Session session, String command, java.util.List<String> refs, Map<String, String> args) {
    return action(service, session, command, args);
  }

  /** The change is committed. */
  default void applied(MenuService service, Item before, Item after) {}
}
