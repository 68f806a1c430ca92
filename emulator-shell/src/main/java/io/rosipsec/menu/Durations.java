package io.rosipsec.menu;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RouterOS time values: parses what a user types ({@code 30s}, {@code 1d8h}, {@code 1w2d}, {@code 100ms},
 * {@code 01:30:00}, {@code 1d08:30:00}, a plain number of seconds) into nanoseconds, and prints the compact form used
 * by {@code print} and {@code export} ({@code 1d8h}, {@code 2m}, {@code 0s}, {@code 100ms}).
 */
public final class Durations {
  private static final Pattern UNITS =
      Pattern.compile("(\\d+(?:\\.\\d+)?)(w|d|h|ms|m|s|us|ns)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOCK =
      Pattern.compile("(?:(\\d+)d)?(\\d+):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,9}))?)?");
  public static final long SECOND = 1_000_000_000L;

  private Durations() {}

  /** Nanoseconds, or -1 when the text is not a time. */
  public static long parse(String text) {
    if (text == null || text.isEmpty()) {
      return -1;
    }
    String s = text.trim().toLowerCase();
    if (s.matches("\\d{1,12}")) {
      return Long.parseLong(s) * SECOND;
    }
    Matcher c = CLOCK.matcher(s);
    if (c.matches()) {
      long d = c.group(1) == null ? 0 : Long.parseLong(c.group(1));
      long h = Long.parseLong(c.group(2));
      long m = Long.parseLong(c.group(3));
      long sec = c.group(4) == null ? 0 : Long.parseLong(c.group(4));
      long frac = 0;
      if (c.group(5) != null) {
        String f = (c.group(5) + "000000000").substring(0, 9);
        frac = Long.parseLong(f);
      }
      if (m > 59 || sec > 59) {
        return -1;
      }
      return (((d * 24 + h) * 60 + m) * 60 + sec) * SECOND + frac;
    }
    Matcher u = UNITS.matcher(s);
    long total = 0;
    int pos = 0;
    while (u.find()) {
      if (u.start() != pos) {
        return -1;
      }
      pos = u.end();
      double n = Double.parseDouble(u.group(1));
      long unit =
          switch (u.group(2)) {
            case "w" -> 7 * 86400 * SECOND;
            case "d" -> 86400 * SECOND;
            case "h" -> 3600 * SECOND;
            case "m" -> 60 * SECOND;
            case "s" -> SECOND;
            case "ms" -> 1_000_000L;
            case "us" -> 1_000L;
            default -> 1L;
          };
      total += Math.round(n * unit);
    }
    return pos == s.length() && pos > 0 ? total : -1;
  }

  /** Compact print/export form: {@code 1w2d5h28m35s}, {@code 8s}, {@code 0s}, {@code 1s500ms}. */
  public static String format(long nanos) {
    if (nanos <= 0) {
      return "0s";
    }
    StringBuilder b = new StringBuilder();
    long secs = nanos / SECOND;
    long rest = nanos % SECOND;
    long w = secs / (7 * 86400);
    secs %= 7 * 86400;
    long d = secs / 86400;
    secs %= 86400;
    long h = secs / 3600;
    secs %= 3600;
    long m = secs / 60;
    long s = secs % 60;
    append(b, w, "w");
    append(b, d, "d");
    append(b, h, "h");
    append(b, m, "m");
    append(b, s, "s");
    append(b, rest / 1_000_000, "ms");
    append(b, (rest / 1000) % 1000, "us");
    append(b, rest % 1000, "ns");
    return b.toString();
  }

  /** API/as-value form: {@code 1d08:30:00}, {@code 00:00:08}, with a fraction when not whole seconds. */
  public static String formatClock(long nanos) {
    long secs = nanos / SECOND;
    long frac = nanos % SECOND;
    long d = secs / 86400;
    secs %= 86400;
    String hms = String.format("%02d:%02d:%02d", secs / 3600, (secs / 60) % 60, secs % 60);
    if (frac != 0) {
      hms += String.format(".%06d", frac / 1000);
    }
    return d > 0 ? d + "d" + hms : hms;
  }

  private static void append(StringBuilder b, long n, String unit) {
    if (n > 0) {
      b.append(n).append(unit);
    }
  }
}
