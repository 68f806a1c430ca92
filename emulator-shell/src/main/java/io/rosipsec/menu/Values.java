package io.rosipsec.menu;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Turns typed input into a property's canonical stored form, with RouterOS's error texts, and back into the forms
 * the front ends print. Every front end goes through here, so {@code 10.1.0.5} becomes {@code 10.1.0.5/32} and
 * {@code 90m} becomes {@code 1h30m} the same way on the console, the API and REST.
 */
public final class Values {
  private static final Set<String> PROTOCOLS =
      Set.of(
          "all", "dccp", "ddp", "egp", "encap", "etherip", "ggp", "gre", "hmp", "icmp", "icmpv6", "idpr-cmtp", "igmp",
          "ipencap", "ipip", "ipsec-ah", "ipsec-esp", "ipv6-encap", "ipv6-frag", "ipv6-nonxt", "ipv6-opts",
          "ipv6-route", "iso-tp4", "l2tp", "ospf", "pim", "pup", "rdp", "rspf", "rsvp", "sctp", "st", "tcp", "udp",
          "udp-lite", "vmtp", "vrrp", "xns-idp", "xtp");
  private static final Set<String> ID_TYPES = Set.of("address", "fqdn", "user-fqdn", "key-id");

  private Values() {}

  /**
   * Canonical form of {@code input} for {@code p}. {@code refs} resolves a name in a target menu to its {@code *id}
   * (throwing the RouterOS error when there is none).
   */
  public static String parse(PropDef p, String input, BiFunction<PropDef, String, String> refs) {
    String in = input == null ? "" : input;
    switch (p.kind()) {
      case STRING:
        return in;
      case BOOL:
        return parseBool(p, in);
      case INT:
        return parseInt(p, in);
      case SIZE:
        return parseSize(p, in);
      case TIME:
        return parseTime(p, in);
      case ENUM:
        return matchEnum(p, in);
      case ENUM_LIST:
        return parseList(p, in, v -> matchEnum(p, v));
      case IP:
        if (p.values().contains(in)) {
          return in;
        }
        return formatAddress(address(p, in));
      case PREFIX:
        return parsePrefix(p, in, true);
      case IF_ADDRESS:
        return parsePrefix(p, in, false);
      case HOST:
        if (in.matches("[0-9a-fA-F:.]+(/\\d+)?") && (in.contains(".") || in.contains(":"))) {
          return parsePrefix(p, in, true);
        }
        if (in.matches("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?")) {
          return in;
        }
        throw invalid(p);
      case PORT:
        if (in.equals("any")) {
          return in;
        }
        return parseIntRange(p, in, 0, 65535);
      case PROTOCOL:
        if (PROTOCOLS.contains(in)) {
          return in;
        }
        if (in.matches("\\d{1,3}")) {
          return parseIntRange(p, in, 0, 255);
        }
        throw noMatch(p);
      case REF:
        if (p.values().contains(in)) {
          return in;
        }
        return refs.apply(p, in);
      case REF_LIST:
        return parseList(p, in, v -> refs.apply(p, v));
      case ID_SPEC:
        return parseIdSpec(p, in);
      case STRING_LIST:
        return in;
      default:
        throw new IllegalStateException(p.kind().name());
    }
  }

  private static String parseBool(PropDef p, String in) {
    switch (in) {
      case "yes", "true", "y", "ye" -> {
        return "yes";
      }
      case "no", "false", "n" -> {
        return "no";
      }
      default -> throw noMatch(p);
    }
  }

  private static String parseInt(PropDef p, String in) {
    long min = p.min() == null ? Long.MIN_VALUE : p.min();
    long max = p.max() == null ? Long.MAX_VALUE : p.max();
    return parseIntRange(p, in, min, max);
  }

  private static String parseIntRange(PropDef p, String in, long min, long max) {
    String digits = in.startsWith("0x") ? in.substring(2) : in;
    int radix = in.startsWith("0x") ? 16 : 10;
    if (digits.isEmpty() || !Character.isDigit(digits.charAt(0)) && !(radix == 16 && digits.matches("[0-9a-fA-F]+"))
        && !(digits.startsWith("-") && digits.length() > 1)) {
      throw invalid(p);
    }
    int end = 0;
    if (digits.startsWith("-")) {
      end = 1;
    }
    while (end < digits.length() && Character.digit(digits.charAt(end), radix) >= 0) {
      end++;
    }
    if (end < digits.length()) {
      throw new MenuException("value of " + p.name() + " contains invalid trailing characters");
    }
    BigInteger v = new BigInteger(digits, radix);
    if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new MenuException("value of " + p.name() + " out of range (" + min + ".." + max + ")");
    }
    return v.toString();
  }

  private static String parseSize(PropDef p, String in) {
    long mult = 1;
    String s = in;
    if (s.matches("\\d+[kKMG]")) {
      char u = s.charAt(s.length() - 1);
      mult = u == 'G' ? 1L << 30 : u == 'M' ? 1L << 20 : 1L << 10;
      s = s.substring(0, s.length() - 1);
    }
    if (!s.matches("\\d{1,18}")) {
      throw invalid(p);
    }
    return Long.toString(Long.parseLong(s) * mult);
  }

  private static String parseTime(PropDef p, String in) {
    if (p.values().contains(in)) {
      return in;
    }
    long n = RosTime.tryParse(in).orElse(-1);
    if (n < 0) {
      throw invalid(p);
    }
    if ((p.min() != null && n < p.min()) || (p.max() != null && n > p.max())) {
      String lo = p.min() == null ? "" : RosTime.formatPut(p.min());
      String hi = p.max() == null ? "" : RosTime.formatPut(p.max());
      throw new MenuException("value of " + p.name() + " out of range (" + lo + ".." + hi + ")");
    }
    return RosTime.formatCompact(n);
  }

  /** Exact match, else the only value the input is a prefix of. */
  static String matchEnum(PropDef p, String in) {
    if (p.values().contains(in)) {
      return in;
    }
    List<String> hits = new ArrayList<>();
    for (String v : p.values()) {
      if (!in.isEmpty() && v.startsWith(in)) {
        hits.add(v);
      }
    }
    if (hits.size() == 1) {
      return hits.get(0);
    }
    if (hits.size() > 1) {
      throw new MenuException(
          "ambiguous value of " + p.name() + ", more than one possible value matches input");
    }
    throw noMatch(p);
  }

  private static String parseList(PropDef p, String in, java.util.function.Function<String, String> one) {
    if (in.isEmpty()) {
      return "";
    }
    List<String> out = new ArrayList<>();
    for (String part : in.split(",", -1)) {
      String v = one.apply(part.trim());
      if (!out.contains(v)) {
        out.add(v);
      }
    }
    return String.join(",", out);
  }

  private static String parseIdSpec(PropDef p, String in) {
    if (p.values().contains(in) || in.equals("dn")) {
      return in;
    }
    int colon = in.indexOf(':');
    if (colon > 0 && ID_TYPES.contains(in.substring(0, colon)) && colon < in.length() - 1) {
      String type = in.substring(0, colon);
      String val = in.substring(colon + 1);
      if (type.equals("address")) {
        address(p, val);
      }
      return in;
    }
    throw invalid(p);
  }

  /** Parses a prefix; with {@code network} the host bits are cleared ({@code 10.1.0.5/24} → {@code 10.1.0.0/24}). */
  private static String parsePrefix(PropDef p, String in, boolean network) {
    String addr = in;
    int len = -1;
    int slash = in.indexOf('/');
    if (slash >= 0) {
      addr = in.substring(0, slash);
      String l = in.substring(slash + 1);
      if (!l.matches("\\d{1,3}")) {
        throw invalid(p);
      }
      len = Integer.parseInt(l);
    }
    byte[] a = address(p, addr);
    int bits = a.length * 8;
    if (len < 0) {
      len = bits;
    }
    if (len > bits) {
      throw invalid(p);
    }
    if (network) {
      for (int i = 0; i < a.length; i++) {
        int keep = Math.max(0, Math.min(8, len - i * 8));
        a[i] &= (byte) (0xFF << (8 - keep));
      }
    }
    return formatAddress(a) + "/" + len;
  }

  /** IPv4 (with RouterOS's {@code 10.1} shorthand) or IPv6 address bytes. */
  static byte[] address(PropDef p, String s) {
    if (s.contains(":")) {
      if (!s.matches("[0-9a-fA-F:.]+")) {
        throw invalid(p);
      }
      try {
        return InetAddress.getByName(s).getAddress();
      } catch (UnknownHostException | IllegalArgumentException e) {
        throw invalid(p);
      }
    }
    String[] parts = s.split("\\.", -1);
    if (parts.length < 1 || parts.length > 4) {
      throw invalid(p);
    }
    int[] v = new int[4];
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].matches("\\d{1,3}") || Integer.parseInt(parts[i]) > 255) {
        throw invalid(p);
      }
    }
    if (parts.length == 1) {
      throw invalid(p);
    }
    // 10.1 -> 10.0.0.1: first part, zeros, last part(s)
    v[0] = Integer.parseInt(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      v[4 - (parts.length - i)] = Integer.parseInt(parts[i]);
    }
    return new byte[] {(byte) v[0], (byte) v[1], (byte) v[2], (byte) v[3]};
  }

  static String formatAddress(byte[] a) {
    if (a.length == 4) {
      return (a[0] & 0xFF) + "." + (a[1] & 0xFF) + "." + (a[2] & 0xFF) + "." + (a[3] & 0xFF);
    }
    try {
      String s = InetAddress.getByAddress(a).getHostAddress();
      return compressV6(s);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Java prints {@code 0:0:0:0:0:0:0:0}; RouterOS prints {@code ::}. */
  private static String compressV6(String s) {
    String[] g = s.split(":");
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < g.length; ) {
      if (g[i].equals("0")) {
        int j = i;
        while (j < g.length && g[j].equals("0")) {
          j++;
        }
        if (j - i > bestLen) {
          bestStart = i;
          bestLen = j - i;
        }
        i = j;
      } else {
        i++;
      }
    }
    if (bestLen < 2) {
      return s;
    }
    String head = String.join(":", java.util.Arrays.copyOfRange(g, 0, bestStart));
    String tail = String.join(":", java.util.Arrays.copyOfRange(g, bestStart + bestLen, g.length));
    return head + "::" + tail;
  }

  /** Whether {@code address} lies in {@code prefix} ({@code 192.0.2.0/24}, a bare address = host); false when malformed. */
  public static boolean contains(String prefix, byte[] address) {
    try {
      int slash = prefix.indexOf('/');
      byte[] net = address(null, slash < 0 ? prefix : prefix.substring(0, slash));
      if (net.length != address.length) {
        return false;
      }
      int len = slash < 0 ? net.length * 8 : Integer.parseInt(prefix.substring(slash + 1));
      for (int i = 0; i < net.length; i++) {
        int keep = Math.max(0, Math.min(8, len - i * 8));
        int mask = (0xFF << (8 - keep)) & 0xFF;
        if ((net[i] & mask) != (address[i] & mask)) {
          return false;
        }
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Network, netmask and broadcast of an interface address {@code a.b.c.d/len} (IPv4). */
  public static String[] derive(String ifAddress) {
    int slash = ifAddress.indexOf('/');
    byte[] a = address(null, ifAddress.substring(0, slash));
    int len = Integer.parseInt(ifAddress.substring(slash + 1));
    if (a.length != 4) {
      return new String[] {ifAddress.substring(0, slash), "", ""};
    }
    int ip = ((a[0] & 0xFF) << 24) | ((a[1] & 0xFF) << 16) | ((a[2] & 0xFF) << 8) | (a[3] & 0xFF);
    int mask = len == 0 ? 0 : -1 << (32 - len);
    return new String[] {ipv4(ip & mask), ipv4(mask), ipv4((ip & mask) | ~mask)};
  }

  private static String ipv4(int v) {
    return ((v >>> 24) & 0xFF) + "." + ((v >>> 16) & 0xFF) + "." + ((v >>> 8) & 0xFF) + "." + (v & 0xFF);
  }

  static MenuException invalid(PropDef p) {
    return new MenuException("invalid value for argument " + (p == null ? "address" : p.name()));
  }

  static MenuException noMatch(PropDef p) {
    return new MenuException("input does not match any value of " + p.name());
  }
}
