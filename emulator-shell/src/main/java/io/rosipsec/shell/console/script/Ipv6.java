package io.rosipsec.shell.console.script;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * IPv6 address and prefix codec (RFC 4291 §2.2 text forms in, RFC 5952 canonical text out), for
 * the RouterOS {@code ip6} / {@code ip6-prefix} types ({@code ::/0} on the default policy).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5952#section-4">RFC 5952 §4</a>
 */
public final class Ipv6 {
  private Ipv6() {}

  /** Parses an IPv6 address (with optional trailing dotted IPv4); empty if invalid. */
  public static Optional<byte[]> parseAddress(String text) {
    if (text == null || text.length() < 2 || text.length() > 45 || text.indexOf(':') < 0) {
      return Optional.empty();
    }
    int dc = text.indexOf("::");
    if (dc >= 0 && text.indexOf("::", dc + 1) >= 0) {
      return Optional.empty();
    }
    String head = dc >= 0 ? text.substring(0, dc) : text;
    String tail = dc >= 0 ? text.substring(dc + 2) : "";
    int[] h;
    int[] t;
    if (dc < 0) {
      h = groups(text, true);
      t = new int[0];
    } else {
      h = groups(head, false);
      t = groups(tail, true);
    }
    if (h == null || t == null) {
      return Optional.empty();
    }
    int total = h.length + t.length;
    if ((dc < 0 && total != 8) || (dc >= 0 && total > 7)) {
      return Optional.empty();
    }
    byte[] out = new byte[16];
    for (int i = 0; i < h.length; i++) {
      out[2 * i] = (byte) (h[i] >> 8);
      out[2 * i + 1] = (byte) h[i];
    }
    for (int i = 0; i < t.length; i++) {
      int g = 8 - t.length + i;
      out[2 * g] = (byte) (t[i] >> 8);
      out[2 * g + 1] = (byte) t[i];
    }
    return Optional.of(out);
  }

  /** Parses {@code address/length}; empty if invalid. */
  public static Optional<Ip6PrefixValue> parsePrefix(String text) {
    int slash = text == null ? -1 : text.lastIndexOf('/');
    if (slash <= 0 || text.length() - slash < 2 || text.length() - slash > 4) {
      return Optional.empty();
    }
    String len = text.substring(slash + 1);
    if (!len.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    int l = Integer.parseInt(len);
    if (l > 128) {
      return Optional.empty();
    }
    return parseAddress(text.substring(0, slash)).map(a -> new Ip6PrefixValue(a, l));
  }

  /** Hex groups separated by ':'; the last may be a dotted IPv4 when {@code allowV4}. */
  private static int[] groups(String s, boolean allowV4) {
    if (s.isEmpty()) {
      return new int[0];
    }
    String[] parts = s.split(":", -1);
    int n = parts.length;
    boolean v4 = allowV4 && parts[n - 1].indexOf('.') >= 0;
    int[] out = new int[v4 ? n + 1 : n];
    for (int i = 0; i < n; i++) {
      String p = parts[i];
      if (v4 && i == n - 1) {
        if (p.chars().filter(c -> c == '.').count() != 3) {
          return null;
        }
        OptionalInt a = Ipv4.parseAddress(p);
        if (a.isEmpty()) {
          return null;
        }
        out[i] = a.getAsInt() >>> 16;
        out[i + 1] = a.getAsInt() & 0xFFFF;
        continue;
      }
      if (p.isEmpty() || p.length() > 4) {
        return null;
      }
      int v = 0;
      for (int k = 0; k < p.length(); k++) {
        int d = Character.digit(p.charAt(k), 16);
        if (d < 0) {
          return null;
        }
        v = v * 16 + d;
      }
      out[i] = v;
    }
    return out;
  }

  /** RFC 5952 text: lower-case hex, longest run (≥ 2) of zero groups replaced by {@code ::}. */
  public static String format(byte[] address) {
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = ((address[2 * i] & 255) << 8) | (address[2 * i + 1] & 255);
    }
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.toString();
  }
}
