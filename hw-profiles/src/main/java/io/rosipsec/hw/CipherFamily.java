package io.rosipsec.hw;

import java.util.Locale;
import java.util.Optional;

/**
 * ESP encryption algorithm families as the acceleration table groups them, with the RouterOS
 * {@code /ip ipsec installed-sa enc-algorithm} spelling and the IKEv2 transform ID (RFC 7296
 * §3.3.2, IANA "Transform Type 1 - Encryption Algorithm Transform IDs"; AES-GCM is the 16-octet
 * ICV variant of RFC 4106).
 *
 * <p>Twofish has no IANA transform ID (RouterOS inherited it from KAME/racoon's private range);
 * {@link #wireId()} is {@code -1} for it and for {@link #UNKNOWN}.
 */
public enum CipherFamily {
  DES("des", 2, false, 64),
  TRIPLE_DES("3des", 3, false, 192),
  BLOWFISH("blowfish", 7, false, 0),
  NULL("null", 11, false, 0),
  AES_CBC("aes-cbc", 12, false, 0),
  AES_CTR("aes-ctr", 13, false, 0),
  AES_GCM("aes-gcm", 20, true, 0),
  CAMELLIA("camellia", 23, false, 0),
  TWOFISH("twofish", -1, false, 0),
  CHACHA20_POLY1305("chacha20poly1305", 28, true, 256),
  /** Anything this table does not know; always the software path. */
  UNKNOWN("unknown", -1, false, 0);

  private final String routerOsName;
  private final int wireId;
  private final boolean aead;
  private final int fixedKeyBits;

  CipherFamily(String routerOsName, int wireId, boolean aead, int fixedKeyBits) {
    this.routerOsName = routerOsName;
    this.wireId = wireId;
    this.aead = aead;
    this.fixedKeyBits = fixedKeyBits;
  }

  /** Spelling in {@code /ip ipsec installed-sa enc-algorithm} and in board data files. */
  public String routerOsName() {
    return routerOsName;
  }

  /** IKEv2 encryption transform ID, or {@code -1} when none is assigned. */
  public int wireId() {
    return wireId;
  }

  /** True for combined-mode ciphers that need no separate integrity algorithm. */
  public boolean aead() {
    return aead;
  }

  /** Key size for fixed-size ciphers (DES 64 incl. parity, 3DES 192), else 0. */
  public int fixedKeyBits() {
    return fixedKeyBits;
  }

  /** Maps an IKEv2 transform ID; unknown IDs give {@link #UNKNOWN}. */
  public static CipherFamily fromWire(int id) {
    for (CipherFamily c : values()) {
      if (c.wireId == id && c != UNKNOWN && id >= 0) {
        return c;
      }
    }
    return UNKNOWN;
  }

  /** Looks up the installed-sa / data-file spelling (case-insensitive). */
  public static Optional<CipherFamily> fromRouterOsName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (CipherFamily c : values()) {
      if (c != UNKNOWN && c.routerOsName.equals(n)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
