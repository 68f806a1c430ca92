package io.rosipsec.shell.console.script;

import java.util.Objects;

/** RouterOS {@code str} value: a character sequence. */
public record StrValue(String value) implements RosValue {
  /** Creates a string value; {@code value} must not be null. */
  public StrValue {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String typeName() {
    return "str";
  }

  @Override
  public String toPutString() {
    return value;
  }
}
