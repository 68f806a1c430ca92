package io.rosipsec.shell.console.script;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A local variable scope. RouterOS opens one for every interactive command line, every {@code {
 * }} block and every loop body; a variable is visible in its scope and in the scopes nested in it
 * ({@code :local}). Globals live in the {@link Interpreter}, not here.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579229/Scripting">RouterOS
 *     Scripting, "Scopes"</a>
 */
public final class Scope {
  private final Scope parent;
  private final Map<String, RosValue> vars = new HashMap<>();

  /** A scope nested in {@code parent} (null for a top-level line). */
  public Scope(Scope parent) {
    this.parent = parent;
  }

  /** A new scope nested in this one. */
  public Scope child() {
    return new Scope(this);
  }

  /** {@code :local name value}: declares (or redeclares) in this scope. */
  public void declare(String name, RosValue value) {
    vars.put(name, value);
  }

  /** Looks a local up through the enclosing scopes. */
  public Optional<RosValue> lookup(String name) {
    for (Scope s = this; s != null; s = s.parent) {
      RosValue v = s.vars.get(name);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** {@code :set}: assigns where the local is declared; false if no scope declares it. */
  public boolean assign(String name, RosValue value) {
    for (Scope s = this; s != null; s = s.parent) {
      if (s.vars.containsKey(name)) {
        s.vars.put(name, value);
        return true;
      }
    }
    return false;
  }

  /** {@code :set name} without value: un-defines the local; false if not declared. */
  public boolean remove(String name) {
    for (Scope s = this; s != null; s = s.parent) {
      if (s.vars.remove(name) != null) {
        return true;
      }
    }
    return false;
  }
}
