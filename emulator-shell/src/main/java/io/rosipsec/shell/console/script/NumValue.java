package io.rosipsec.shell.console.script;

/** RouterOS {@code num} value: a 64-bit signed integer. */
public record NumValue(long value) implements RosValue {
  @Override
  public String typeName() {
    return "num";
  }

  @Override
  public String toPutString() {
    return Long.toString(value);
  }
}
