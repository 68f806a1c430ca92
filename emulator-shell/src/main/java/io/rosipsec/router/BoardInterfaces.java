package io.rosipsec.router;

import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The built-in {@code /interface} rows of an emulated board ({@code ether1}..{@code ether5}, {@code lo};
 * routeros-cli.md §6): their creation values, with deterministic MAC addresses per identity and port.
 */
final class BoardInterfaces {
  private BoardInterfaces() {}

  /** The creation values of a board interface ({@code ether1}..., {@code lo}). */
  static Map<String, String> values(String identity, String name) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("name", name);
    v.put("default-name", name);
    if (name.equals("lo")) {
      v.put("type", "loopback");
      v.put("mtu", "65536");
      v.put("actual-mtu", "65536");
      v.put("mac-address", "00:00:00:00:00:00");
    } else {
      v.put("type", "ether");
      v.put("actual-mtu", "1500");
      v.put("l2mtu", "1514");
      v.put("max-l2mtu", "9216");
      v.put("mac-address", macAddress(identity, Integer.parseInt(name.substring(5))));
    }
    return v;
  }

  /** Deterministic MAC addresses per identity and port (locally administered range). */
  private static String macAddress(String identity, int port) {
    byte[] h;
    try {
      h = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return String.format("4C:5E:%02X:%02X:%02X:%02X", h[0] & 0xFF, h[1] & 0xFF, h[2] & 0xFF, port & 0xFF);
  }
}
