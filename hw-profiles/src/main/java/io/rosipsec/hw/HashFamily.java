package io.rosipsec.hw;

import java.util.Locale;
import java.util.Optional;

/**
 * ESP/AH integrity algorithms as the acceleration table's hash columns name them, with the RouterOS
 * {@code auth-algorithms} spelling and the IKEv2 integrity transform ID (RFC 7296 §3.3.2; HMAC-SHA-2
 * truncations of RFC 4868).
 *
 * <p>{@link #NONE} stands for RouterOS {@code null}, the empty list used with AES-GCM, and the
 * installed-sa value {@code none}.
 */
public enum HashFamily {
  NONE("none", 0),
  MD5("md5", 1),
  SHA1("sha1", 2),
  SHA256("sha256", 12),
  SHA384("sha384", 13),
  SHA512("sha512", 14),
  /** Anything this table does not know; always the software path. */
  UNKNOWN("unknown", -1);

  private final String routerOsName;
  private final int wireId;

  HashFamily(String routerOsName, int wireId) {
    this.routerOsName = routerOsName;
    this.wireId = wireId;
  }

  /** RouterOS spelling ({@code sha256}); {@code none} for no integrity. */
  public String routerOsName() {
    return routerOsName;
  }

  /** IKEv2 integrity transform ID ({@code AUTH_HMAC_SHA2_256_128} = 12), or -1. */
  public int wireId() {
    return wireId;
  }

  /** Maps an IKEv2 integrity transform ID; unknown IDs give {@link #UNKNOWN}. */
  public static HashFamily fromWire(int id) {
    for (HashFamily h : values()) {
      if (h.wireId == id && id >= 0) {
        return h;
      }
    }
    return UNKNOWN;
  }

  /**
   * Looks up a RouterOS spelling, case-insensitively. {@code null}, {@code none}, the empty string
   * and a Java {@code null} all mean {@link #NONE}; names we do not know give an empty result.
   */
  public static Optional<HashFamily> fromRouterOsName(String name) {
    if (name == null) {
      return Optional.of(NONE);
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.isEmpty() || n.equals("null") || n.equals("none")) {
      return Optional.of(NONE);
    }
    for (HashFamily h : values()) {
      if (h != UNKNOWN && h.routerOsName.equals(n)) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }
}
