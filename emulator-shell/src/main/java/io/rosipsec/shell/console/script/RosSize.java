package io.rosipsec.shell.console.script;

import java.util.Locale;

/**
 * RouterOS byte-size formatting as used by {@code print} ({@code /system resource}, {@code
 * /system package}): bare bytes below 1 KiB, otherwise one decimal and a binary unit ({@code
 * 178.1MiB}, {@code 15.3MiB}, {@code 1.9GiB}). Some properties keep a smaller unit above 1024
 * ({@code free-hdd-space: 2256.0KiB}); callers render those with {@link #formatIn}.
 */
public final class RosSize {
  /** Binary units, each 1024 times the previous. */
  public enum Unit {
    /** 2^10 bytes. */
    KIB("KiB", 1L << 10),
    /** 2^20 bytes. */
    MIB("MiB", 1L << 20),
    /** 2^30 bytes. */
    GIB("GiB", 1L << 30),
    /** 2^40 bytes. */
    TIB("TiB", 1L << 40);

    private final String suffix;
    private final long bytes;

    Unit(String suffix, long bytes) {
      this.suffix = suffix;
      this.bytes = bytes;
    }

    /** The printed suffix ({@code KiB}). */
    public String suffix() {
      return suffix;
    }

    /** Bytes in one unit. */
    public long bytes() {
      return bytes;
    }
  }

  private RosSize() {}

  /** Formats with the largest unit whose value is at least 1 ({@code 1536} → {@code 1.5KiB}). */
  public static String format(long bytes) {
    if (bytes < 1024) {
      return Long.toString(bytes);
    }
    Unit unit = Unit.KIB;
    for (Unit u : Unit.values()) {
      if (bytes >= u.bytes()) {
        unit = u;
      }
    }
    return formatIn(bytes, unit);
  }

  /** Formats in a fixed unit with one decimal ({@code 2048.0KiB}). */
  public static String formatIn(long bytes, Unit unit) {
    double v = (double) bytes / unit.bytes();
    return String.format(Locale.ROOT, "%.1f", v) + unit.suffix();
  }
}
