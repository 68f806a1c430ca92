package io.rosipsec.shell.console.script;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * IPv4 address and prefix codec with RouterOS input rules: dotted quads, and the shorthand that
 * fills the middle with zeros ({@code 10.1} = {@code 10.0.0.1}, {@code 10.1.2} = {@code
 * 10.1.0.2}). Addresses are unsigned 32-bit values held in an {@code int}.
 *
 * <p>Prefixes are parsed exactly ({@code 10.0.0.1/24} keeps its host bits, as {@code /ip address}
 * does); {@link #networkOf} clears host bits where a menu normalises (policy {@code src-address}).
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/328134/Command+Line+Interface">
 *     RouterOS Command Line Interface (IP shorthand)</a>
 */
public final class Ipv4 {
  private Ipv4() {}

  /** Parses an address in full or shorthand form; empty if invalid. */
  public static OptionalInt parseAddress(String text) {
    if (text == null || text.isEmpty() || text.length() > 15) {
      return OptionalInt.empty();
    }
    String[] parts = text.split("\\.", -1);
    if (parts.length < 2 || parts.length > 4) {
      return OptionalInt.empty();
    }
    int[] v = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 3) {
        return OptionalInt.empty();
      }
      for (int k = 0; k < p.length(); k++) {
        if (p.charAt(k) < '0' || p.charAt(k) > '9') {
          return OptionalInt.empty();
        }
      }
      v[i] = Integer.parseInt(p);
      if (v[i] > 255) {
        return OptionalInt.empty();
      }
    }
    int a = v[0];
    int b = parts.length == 4 ? v[1] : parts.length == 3 ? v[1] : 0;
    int c = parts.length == 4 ? v[2] : 0;
    int d = v[parts.length - 1];
    return OptionalInt.of((a << 24) | (b << 16) | (c << 8) | d);
  }

  /**
   * Parses {@code address/length} exactly as typed; the address part may also be a single number
   * ({@code 10/8} = {@code 10.0.0.0/8}, which is why {@code 10/2} is not a division in RouterOS).
   */
  public static Optional<IpPrefixValue> parsePrefix(String text) {
    int slash = text == null ? -1 : text.indexOf('/');
    if (slash <= 0 || slash == text.length() - 1 || text.length() - slash > 3) {
      return Optional.empty();
    }
    String addr = text.substring(0, slash);
    String len = text.substring(slash + 1);
    for (int k = 0; k < len.length(); k++) {
      if (len.charAt(k) < '0' || len.charAt(k) > '9') {
        return Optional.empty();
      }
    }
    int l = Integer.parseInt(len);
    if (l > 32) {
      return Optional.empty();
    }
    OptionalInt a = parseAddress(addr);
    if (a.isEmpty()) {
      if (addr.length() > 3 || !addr.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
        return Optional.empty();
      }
      int first = Integer.parseInt(addr);
      if (first > 255) {
        return Optional.empty();
      }
      return Optional.of(new IpPrefixValue(first << 24, l));
    }
    return Optional.of(new IpPrefixValue(a.getAsInt(), l));
  }

  /** Netmask for a prefix length ({@code 24} → {@code 0xFFFFFF00}). */
  public static int mask(int length) {
    return length == 0 ? 0 : -1 << (32 - length);
  }

  /** Clears host bits: {@code networkOf(10.0.0.1, 24)} = {@code 10.0.0.0}. */
  public static int networkOf(int address, int length) {
    return address & mask(length);
  }

  /** The normalised prefix ({@code 10.0.0.1/24} → {@code 10.0.0.0/24}). */
  public static IpPrefixValue networkOf(IpPrefixValue prefix) {
    return new IpPrefixValue(networkOf(prefix.address(), prefix.length()), prefix.length());
  }

  /** Dotted-quad text of an address. */
  public static String format(int address) {
    return ((address >>> 24) & 255)
        + "."
        + ((address >>> 16) & 255)
        + "."
        + ((address >>> 8) & 255)
        + "."
        + (address & 255);
  }
}
