package io.rosipsec.shell.console.script;

import io.rosipsec.menu.RosTime;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Types an unquoted RouterOS word the way the script engine does: {@code num} (decimal or {@code
 * 0x} hex), {@code bool} ({@code true}/{@code false}), {@code id} ({@code *1A}), {@code ip}
 * (including shorthand {@code 10.1}), {@code ip-prefix} ({@code 10.0.0.0/8}, {@code 10/2}),
 * {@code time} ({@code 90m}, {@code 01:30:00}), {@code ip6}, {@code ip6-prefix}; anything else is
 * a {@code str}.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579229/Scripting">RouterOS
 *     Scripting, "Data types"</a>
 */
public final class Literals {
  private Literals() {}

  /** The typed value of an unquoted word. */
  public static RosValue classify(String text) {
    if (text.isEmpty()) {
      return new StrValue("");
    }
    OptionalLong n = parseNumber(text);
    if (n.isPresent()) {
      return new NumValue(n.getAsLong());
    }
    if (text.equals("true") || text.equals("false")) {
      return BoolValue.of(text.equals("true"));
    }
    Optional<IdValue> id = IdValue.parse(text);
    if (id.isPresent()) {
      return id.get();
    }
    char c0 = text.charAt(0);
    if (Character.isDigit(c0)) {
      OptionalInt ip = Ipv4.parseAddress(text);
      if (ip.isPresent()) {
        return new IpValue(ip.getAsInt());
      }
      Optional<IpPrefixValue> p = Ipv4.parsePrefix(text);
      if (p.isPresent()) {
        return p.get();
      }
      OptionalLong t = RosTime.tryParse(text);
      if (t.isPresent()) {
        return new TimeValue(t.getAsLong());
      }
    }
    if (text.indexOf(':') >= 0) {
      Optional<byte[]> a6 = text.indexOf('/') < 0 ? Ipv6.parseAddress(text) : Optional.empty();
      if (a6.isPresent()) {
        return new Ip6Value(a6.get());
      }
      Optional<Ip6PrefixValue> p6 = Ipv6.parsePrefix(text);
      if (p6.isPresent()) {
        return p6.get();
      }
    }
    return new StrValue(text);
  }

  /** Decimal (optionally negative) or {@code 0x} hexadecimal 64-bit number. */
  public static OptionalLong parseNumber(String text) {
    try {
      if (text.startsWith("0x") && text.length() > 2 && text.length() <= 18) {
        return OptionalLong.of(Long.parseUnsignedLong(text.substring(2), 16));
      }
      int i = text.startsWith("-") ? 1 : 0;
      if (text.length() == i || text.length() > 20) {
        return OptionalLong.empty();
      }
      for (int k = i; k < text.length(); k++) {
        char c = text.charAt(k);
        if (c < '0' || c > '9') {
          return OptionalLong.empty();
        }
      }
      return OptionalLong.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
