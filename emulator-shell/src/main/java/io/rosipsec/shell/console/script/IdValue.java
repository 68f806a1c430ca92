package io.rosipsec.shell.console.script;

import java.util.Locale;
import java.util.Optional;

/**
 * RouterOS internal item id ({@code *1A}): an unsigned 32-bit number printed as {@code *} plus
 * upper-case hex without leading zeros.
 */
public record IdValue(long value) implements RosValue {
  /** Validates the range 0..0xFFFFFFFF. */
  public IdValue {
    if (value < 0 || value > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("id out of range");
    }
  }

  /** Parses {@code *1A} (hex digits of either case); empty if the text is not an id. */
  public static Optional<IdValue> parse(String text) {
    if (text.length() < 2 || text.length() > 9 || text.charAt(0) != '*') {
      return Optional.empty();
    }
    long v = 0;
    for (int i = 1; i < text.length(); i++) {
      int d = Character.digit(text.charAt(i), 16);
      if (d < 0) {
        return Optional.empty();
      }
      v = v * 16 + d;
    }
    return Optional.of(new IdValue(v));
  }

  @Override
  public String typeName() {
    return "id";
  }

  @Override
  public String toPutString() {
    return "*" + Long.toHexString(value).toUpperCase(Locale.ROOT);
  }
}
