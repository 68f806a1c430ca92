package io.rosipsec.hw;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One (cipher family, key size, integrity) combination as the acceleration table sees it, parsed
 * from RouterOS spellings.
 *
 * <p>Accepted encryption spellings: the {@code /ip ipsec proposal enc-algorithms} values
 * ({@code aes-128-cbc}, {@code aes-256-gcm}, {@code camellia-192}, {@code 3des}, {@code des},
 * {@code blowfish}, {@code twofish}, {@code null}, {@code chacha20poly1305}), the {@code
 * installed-sa} values ({@code aes-cbc}, {@code aes-gcm}, {@code camellia}, {@code none}) together
 * with a separate key size, and the {@code /ip ipsec profile} spellings {@code aes-128}…{@code
 * aes-256} (CBC). Integrity spellings are those of {@code auth-algorithms}; {@code null}, {@code
 * none} and the empty string mean no integrity. Unknown names map to {@link CipherFamily#UNKNOWN} /
 * {@link HashFamily#UNKNOWN}, which never accelerate.
 *
 * @param cipher the cipher family
 * @param keyBits the key size in bits, {@code 0} when not known
 * @param hash the integrity algorithm, {@link HashFamily#NONE} for AEAD or none
 */
public record EspTransform(CipherFamily cipher, int keyBits, HashFamily hash) {

  private static final Pattern SIZED =
      Pattern.compile("(aes|camellia)-(128|192|256)(?:-(cbc|ctr|gcm))?");

  public EspTransform {
    if (cipher == null || hash == null) {
      throw new IllegalArgumentException("cipher and hash are required");
    }
    if (keyBits < 0) {
      throw new IllegalArgumentException("negative key size: " + keyBits);
    }
  }

  /**
   * Parses RouterOS spellings.
   *
   * @param encName encryption algorithm, e.g. {@code aes-128-cbc} or {@code aes-cbc}
   * @param keyBits key size for spellings that carry none ({@code aes-cbc}); {@code 0} if unknown.
   *     Ignored for fixed-size ciphers (DES, 3DES).
   * @param authName integrity algorithm, e.g. {@code sha1}; {@code null}/{@code ""} for none
   * @throws IllegalArgumentException if {@code keyBits} contradicts the size in {@code encName}
   */
  public static EspTransform parse(String encName, int keyBits, String authName) {
    HashFamily hash = HashFamily.fromRouterOsName(authName).orElse(HashFamily.UNKNOWN);
    String n = encName == null ? "" : encName.trim().toLowerCase(Locale.ROOT);
    Matcher m = SIZED.matcher(n);
    if (m.matches()) {
      int size = Integer.parseInt(m.group(2));
      if (keyBits != 0 && keyBits != size) {
        throw new IllegalArgumentException(
            "key size " + keyBits + " contradicts algorithm name " + encName);
      }
      CipherFamily family;
      if (m.group(1).equals("camellia")) {
        family = m.group(3) == null ? CipherFamily.CAMELLIA : CipherFamily.UNKNOWN;
      } else if (m.group(3) == null || m.group(3).equals("cbc")) {
        family = CipherFamily.AES_CBC;
      } else {
        family = m.group(3).equals("ctr") ? CipherFamily.AES_CTR : CipherFamily.AES_GCM;
      }
      return new EspTransform(family, size, hash);
    }
    if (n.equals("none")) {
      return new EspTransform(CipherFamily.NULL, 0, hash);
    }
    CipherFamily family = CipherFamily.fromRouterOsName(n).orElse(CipherFamily.UNKNOWN);
    int size = family.fixedKeyBits() != 0 ? family.fixedKeyBits() : keyBits;
    return new EspTransform(family, size, hash);
  }

  /** The pair written the way MikroTik's test tables do, e.g. {@code aes-128-cbc+sha1}. */
  public String label() {
    String enc;
    switch (cipher) {
      case AES_CBC:
      case AES_CTR:
      case AES_GCM:
        enc = "aes-" + keyBits + "-" + cipher.routerOsName().substring(4);
        break;
      case CAMELLIA:
        enc = "camellia-" + keyBits;
        break;
      default:
        enc = cipher.routerOsName();
    }
    return hash == HashFamily.NONE ? enc : enc + "+" + hash.routerOsName();
  }
}
