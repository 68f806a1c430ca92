package io.rosipsec.menu;

import java.util.OptionalLong;

/**
 * RouterOS duration codec, used project-wide for every {@code time} property.
 *
 * <p>Input forms: unit form {@code 30s}, {@code 8h}, {@code 1d}, {@code 1w2d}, {@code 1h30m},
 * {@code 100ms} ({@code w d h m s ms us ns}, a trailing number without unit counts as seconds, a
 * plain number is seconds), and clock form {@code [Nw][Nd]HH:MM[:SS[.fraction]]} ({@code
 * 01:30:00}, {@code 1d08:30:00}, {@code 00:00:00.000060}, {@code 10:00} = ten hours). A leading
 * {@code -} negates.
 *
 * <p>Output forms: {@link #formatCompact} (print/export: {@code 1w2d5h28m35s}, {@code 0s}, {@code
 * 100ms}), {@link #formatPut} ({@code :put}: {@code 01:30:00}, {@code 1d08:30:00}) and {@link
 * #formatAsValue} ({@code print as-value}: {@code 00:00:00.000060}). Fractions of a second are
 * printed in groups of three digits with trailing zero groups dropped ({@code .200}, {@code
 * .000060}), as the {@code /console/inspect} range texts show ({@code 00:00:00.020..00:00:05}).
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579229/Scripting">RouterOS
 *     Scripting, data type {@code time}</a>
 */
public final class RosTime {
  /** Nanoseconds per second. */
  public static final long SECOND = 1_000_000_000L;

  /** Nanoseconds per minute. */
  public static final long MINUTE = 60 * SECOND;

  /** Nanoseconds per hour. */
  public static final long HOUR = 60 * MINUTE;

  /** Nanoseconds per day. */
  public static final long DAY = 24 * HOUR;

  /** Nanoseconds per week. */
  public static final long WEEK = 7 * DAY;

  private static final long MAX_NUMBER = 1L << 40;

  private RosTime() {}

  /** Parses a duration; empty when {@code text} is not a valid RouterOS time. */
  public static OptionalLong tryParse(String text) {
    if (text == null || text.isEmpty()) {
      return OptionalLong.empty();
    }
    boolean negative = text.charAt(0) == '-';
    String body = negative ? text.substring(1) : text;
    OptionalLong v = body.indexOf(':') >= 0 ? parseClock(body) : parseUnits(body);
    if (v.isEmpty()) {
      return v;
    }
    return OptionalLong.of(negative ? -v.getAsLong() : v.getAsLong());
  }

  /**
   * Parses a duration.
   *
   * @throws IllegalArgumentException if {@code text} is not a valid RouterOS time
   */
  public static long parse(String text) {
    OptionalLong v = tryParse(text);
    if (v.isEmpty()) {
      throw new IllegalArgumentException("invalid time: " + text);
    }
    return v.getAsLong();
  }

  private static OptionalLong parseUnits(String s) {
    if (s.isEmpty()) {
      return OptionalLong.empty();
    }
    long total = 0;
    int i = 0;
    int lastRank = Integer.MAX_VALUE;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == start || i - start > 12) {
        return OptionalLong.empty();
      }
      long n = Long.parseLong(s.substring(start, i));
      int unitStart = i;
      while (i < s.length() && Character.isLetter(s.charAt(i))) {
        i++;
      }
      String unit = s.substring(unitStart, i);
      long mul;
      int rank;
      switch (unit) {
        case "w" -> { mul = WEEK; rank = 7; }
        case "d" -> { mul = DAY; rank = 6; }
        case "h" -> { mul = HOUR; rank = 5; }
        case "m" -> { mul = MINUTE; rank = 4; }
        case "", "s" -> { mul = SECOND; rank = 3; }
        case "ms" -> { mul = 1_000_000L; rank = 2; }
        case "us" -> { mul = 1_000L; rank = 1; }
        case "ns" -> { mul = 1L; rank = 0; }
        default -> {
          return OptionalLong.empty();
        }
      }
      if (rank >= lastRank || (unit.isEmpty() && i < s.length()) || n > MAX_NUMBER) {
        return OptionalLong.empty();
      }
      lastRank = rank;
      total += n * mul;
    }
    return OptionalLong.of(total);
  }

  private static OptionalLong parseClock(String s) {
    long prefix = 0;
    int colon = s.indexOf(':');
    int unitEnd = colon;
    while (unitEnd > 0 && isDigit(s.charAt(unitEnd - 1))) {
      unitEnd--;
    }
    if (unitEnd > 0) {
      String units = s.substring(0, unitEnd);
      char last = units.charAt(units.length() - 1);
      if (last != 'w' && last != 'd') {
        return OptionalLong.empty();
      }
      OptionalLong p = parseUnits(units);
      if (p.isEmpty()) {
        return p;
      }
      prefix = p.getAsLong();
    }
    String[] parts = s.substring(unitEnd).split(":", -1);
    if (parts.length < 2 || parts.length > 3) {
      return OptionalLong.empty();
    }
    long frac = 0;
    String last = parts[parts.length - 1];
    int dot = last.indexOf('.');
    if (dot >= 0) {
      if (parts.length != 3) {
        return OptionalLong.empty();
      }
      String f = last.substring(dot + 1);
      if (f.isEmpty() || f.length() > 9 || !allDigits(f)) {
        return OptionalLong.empty();
      }
      frac = Long.parseLong((f + "000000000").substring(0, 9));
      parts[parts.length - 1] = last.substring(0, dot);
    }
    long[] v = new long[parts.length];
    for (int k = 0; k < parts.length; k++) {
      if (parts[k].isEmpty() || parts[k].length() > 9 || !allDigits(parts[k])) {
        return OptionalLong.empty();
      }
      v[k] = Long.parseLong(parts[k]);
      if (k > 0 && v[k] > 59) {
        return OptionalLong.empty();
      }
    }
    long secs = v.length == 3 ? v[2] : 0;
    return OptionalLong.of(prefix + v[0] * HOUR + v[1] * MINUTE + secs * SECOND + frac);
  }

  /** Print/export form: {@code 1w2d5h28m35s}, {@code 2m}, {@code 0s}, {@code 1s500ms}. */
  public static String formatCompact(long nanos) {
    if (nanos == 0) {
      return "0s";
    }
    StringBuilder sb = new StringBuilder();
    long n = nanos;
    if (n < 0) {
      sb.append('-');
      n = -n;
    }
    long[] units = {WEEK, DAY, HOUR, MINUTE, SECOND, 1_000_000L, 1_000L, 1L};
    String[] names = {"w", "d", "h", "m", "s", "ms", "us", "ns"};
    for (int k = 0; k < units.length; k++) {
      long q = n / units[k];
      if (q > 0) {
        sb.append(q).append(names[k]);
        n -= q * units[k];
      }
    }
    return sb.toString();
  }

  /** {@code :put} form: {@code 01:30:00}, {@code 1d08:30:00}, {@code 1w2d00:00:00}. */
  public static String formatPut(long nanos) {
    StringBuilder sb = new StringBuilder();
    long n = nanos;
    if (n < 0) {
      sb.append('-');
      n = -n;
    }
    long weeks = n / WEEK;
    n %= WEEK;
    long days = n / DAY;
    n %= DAY;
    if (weeks > 0) {
      sb.append(weeks).append('w');
    }
    if (days > 0) {
      sb.append(days).append('d');
    }
    long h = n / HOUR;
    long m = (n % HOUR) / MINUTE;
    long s = (n % MINUTE) / SECOND;
    long frac = n % SECOND;
    sb.append(two(h)).append(':').append(two(m)).append(':').append(two(s));
    if (frac != 0) {
      String f = String.format("%09d", frac);
      while (f.endsWith("000")) {
        f = f.substring(0, f.length() - 3);
      }
      sb.append('.').append(f);
    }
    return sb.toString();
  }

  /**
   * {@code print as-value} / scripting form ({@code 00:00:00.000060}). Identical to {@link
   * #formatPut}: RouterOS renders the time value itself here, not the print column.
   */
  public static String formatAsValue(long nanos) {
    return formatPut(nanos);
  }

  private static String two(long v) {
    return v < 10 ? "0" + v : Long.toString(v);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
