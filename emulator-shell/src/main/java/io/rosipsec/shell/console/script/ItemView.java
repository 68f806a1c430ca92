package io.rosipsec.shell.console.script;

import java.util.Optional;

/**
 * One menu item as seen by a {@code where} / {@code find} expression.
 *
 * <p>{@link #get} returns {@link Optional#empty()} for a property the menu does not have (RouterOS
 * 7.x then silently matches nothing, spec §2.5), {@link NilValue#NIL} for a known property that is
 * not set (so {@code comment=""} matches and bare {@code comment} does not), and the typed value
 * otherwise. Flags ({@code disabled}, {@code dynamic}, {@code default}, ...) are {@link BoolValue}s;
 * {@code .id} is an {@link IdValue}.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579229/Scripting">RouterOS
 *     Scripting, print {@code where}</a>
 */
@FunctionalInterface
public interface ItemView {
  /** The value of {@code property}, or empty if the menu has no such property. */
  Optional<RosValue> get(String property);
}
