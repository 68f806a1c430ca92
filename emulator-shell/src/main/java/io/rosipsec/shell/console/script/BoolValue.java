package io.rosipsec.shell.console.script;

/** RouterOS {@code bool} value; {@code :put} prints {@code true} / {@code false}. */
public record BoolValue(boolean value) implements RosValue {
  /** The shared {@code true} value. */
  public static final BoolValue TRUE = new BoolValue(true);

  /** The shared {@code false} value. */
  public static final BoolValue FALSE = new BoolValue(false);

  /** Returns the shared instance for {@code b}. */
  public static BoolValue of(boolean b) {
    return b ? TRUE : FALSE;
  }

  @Override
  public String typeName() {
    return "bool";
  }

  @Override
  public String toPutString() {
    return value ? "true" : "false";
  }
}
