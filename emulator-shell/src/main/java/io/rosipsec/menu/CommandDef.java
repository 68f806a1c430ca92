package io.rosipsec.menu;

import java.util.List;

/**
 * A command of a menu as {@code /console/inspect} lists it: a generic verb ({@code add}, {@code print}, ...) whose
 * arguments are derived from the menu's properties, or a menu-specific action ({@code flush},
 * {@code kill-connections}) with its own argument names.
 *
 * @param name command word
 * @param args argument names in this version (sorted as the inspect tree sorts them)
 * @param since first version with the command, or null
 * @param until first version without it, or null
 */
public record CommandDef(String name, List<String> args, String since, String until) {

  public CommandDef {
    args = List.copyOf(args);
  }

  public boolean existsIn(RosVersion v) {
    return (since == null || v.atLeast(since)) && (until == null || v.below(until));
  }
}
