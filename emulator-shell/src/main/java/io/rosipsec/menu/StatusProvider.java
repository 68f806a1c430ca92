package io.rosipsec.menu;

import java.util.List;
import java.util.Map;

/**
 * Live rows of a read-only menu ({@code /ip/ipsec/installed-sa}, {@code active-peers}, {@code statistics},
 * {@code /log}, {@code /user/active}): computed on every read from the engine or the router, never stored. Each row
 * maps property names to canonical values; list rows carry their id under {@code .id}.
 */
public interface StatusProvider {
  List<Map<String, String>> rows();

  /** {@code add} on a live menu ({@code /file add name= contents=}); returns the new row's id. */
  default String add(Map<String, String> args) {
    throw new MenuException("failure: read-only menu");
  }

  /** Runs a menu action ({@code flush}, {@code kill-connections}) or removes rows; false when not supported. */
  default boolean action(String command, List<String> ids, Map<String, String> args) {
    return false;
  }
}
