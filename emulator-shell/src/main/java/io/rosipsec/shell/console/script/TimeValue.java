package io.rosipsec.shell.console.script;

import io.rosipsec.menu.RosTime;

/** RouterOS {@code time} value: a duration in nanoseconds (may be negative). */
public record TimeValue(long nanos) implements RosValue {
  @Override
  public String typeName() {
    return "time";
  }

  /** {@code :put} form, e.g. {@code 01:30:00}, {@code 1d08:30:00}; see {@link RosTime#formatPut}. */
  @Override
  public String toPutString() {
    return RosTime.formatPut(nanos);
  }
}
