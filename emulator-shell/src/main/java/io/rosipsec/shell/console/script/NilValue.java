package io.rosipsec.shell.console.script;

/**
 * The two "empty" RouterOS values: {@code nil} (a declared variable without a value) and {@code
 * nothing} (the result of {@code :nothing} and of commands that return no value). Both print as
 * the empty string.
 */
public enum NilValue implements RosValue {
  /** Declared but unassigned; {@code :typeof} → {@code nil}. */
  NIL("nil"),
  /** No value at all; {@code :typeof} → {@code nothing}. */
  NOTHING("nothing");

  private final String typeName;

  NilValue(String typeName) {
    this.typeName = typeName;
  }

  @Override
  public String typeName() {
    return typeName;
  }

  @Override
  public String toPutString() {
    return "";
  }
}
