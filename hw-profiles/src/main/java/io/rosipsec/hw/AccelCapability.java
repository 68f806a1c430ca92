package io.rosipsec.hw;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A board's IPsec acceleration: the row of the RouterOS manual's "Hardware acceleration" table
 * (help.mikrotik.com IPsec page; hw-profiles.md §2.1–2.2) turned into rules, with the row-level
 * conditions of the decision procedure in hw-profiles.md §2.5:
 *
 * <ol>
 *   <li>unknown/never-accelerated ciphers (Blowfish, Twofish, Camellia, null, ChaCha20-Poly1305)
 *       match no rule, so they take the software path;
 *   <li>a row that needs a CPU feature the board lacks (x86/CHR without AES-NI) is all software;
 *   <li>the P1023 {@code **} footnote: only units whose serial starts with one of {@code
 *       serialPrefixes} (5 or 7, made since 2016) accelerate;
 *   <li>otherwise the first rule whose cells contain the transform decides between {@link
 *       AccelPath#HARDWARE} and {@link AccelPath#PARTIAL}; no rule means software.
 * </ol>
 *
 * <p>Immutable; {@link #withCpuFeatures(Set)} returns a copy for a host with other CPU flags.
 *
 * @param tableRow the manual's CPU row name ({@code AL21400}, {@code TLR4 (TILE)}), or {@code none}
 * @param cpuFeatures features the board's CPU has (e.g. {@code aes-ni})
 * @param requiredCpuFeatures features the row needs before any rule applies
 * @param serialPrefixes serial-number prefixes the row requires; empty means no condition
 * @param rules the accelerated cells
 */
public record AccelCapability(
    String tableRow,
    Set<String> cpuFeatures,
    Set<String> requiredCpuFeatures,
    List<String> serialPrefixes,
    List<AccelRule> rules) {

  public AccelCapability {
    if (tableRow == null || tableRow.isBlank()) {
      throw new IllegalArgumentException("tableRow is required");
    }
    cpuFeatures = Set.copyOf(new TreeSet<>(cpuFeatures == null ? Set.of() : cpuFeatures));
    requiredCpuFeatures =
        Set.copyOf(new TreeSet<>(requiredCpuFeatures == null ? Set.of() : requiredCpuFeatures));
    serialPrefixes = serialPrefixes == null ? List.of() : List.copyOf(serialPrefixes);
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** A capability with no accelerated cells (RB1000: MPC8548 has no row in the table). */
  public static AccelCapability none() {
    return new AccelCapability("none", Set.of(), Set.of(), List.of(), List.of());
  }

  /** The same row on a CPU with the given feature flags (e.g. a CHR whose hypervisor hides AES-NI). */
  public AccelCapability withCpuFeatures(Set<String> features) {
    return new AccelCapability(tableRow, features, requiredCpuFeatures, serialPrefixes, rules);
  }

  /** Path for a parsed transform on a unit reporting {@code serial} (may be {@code null}). */
  public AccelPath path(EspTransform t, String serial) {
    if (t.cipher() == CipherFamily.UNKNOWN || t.hash() == HashFamily.UNKNOWN) {
      return AccelPath.SOFTWARE;
    }
    if (!cpuFeatures.containsAll(requiredCpuFeatures)) {
      return AccelPath.SOFTWARE;
    }
    if (!serialQualifies(serial)) {
      return AccelPath.SOFTWARE;
    }
    for (AccelRule r : rules) {
      if (r.matches(t)) {
        return r.path();
      }
    }
    return AccelPath.SOFTWARE;
  }

  /**
   * Path for RouterOS spellings; see {@link EspTransform#parse(String, int, String)}.
   *
   * @throws IllegalArgumentException if {@code keyBits} contradicts the algorithm name
   */
  public AccelPath path(String encAlgorithm, int keyBits, String authAlgorithm, String serial) {
    return path(EspTransform.parse(encAlgorithm, keyBits, authAlgorithm), serial);
  }

  /**
   * Whether the cipher of this combination runs on the accelerated path ({@link AccelPath#HARDWARE}
   * or {@link AccelPath#PARTIAL}).
   *
   * @param encAlgorithmRouterOsName e.g. {@code aes-128-cbc}, {@code aes-256-gcm}, {@code 3des},
   *     or the installed-sa spelling {@code aes-cbc} with {@code keyBits}
   * @param keyBits key size when the name has none, else 0 or the same size
   * @param authAlgorithmRouterOsName e.g. {@code sha1}; {@code null}/{@code ""} for AEAD
   * @param serial the serial number the unit reports (only P1023 rows look at it); may be null
   */
  public boolean accelerates(
      String encAlgorithmRouterOsName, int keyBits, String authAlgorithmRouterOsName, String serial) {
    return path(encAlgorithmRouterOsName, keyBits, authAlgorithmRouterOsName, serial)
        .cipherInHardware();
  }

  /** Whether the row's serial-number condition holds for {@code serial}. */
  public boolean serialQualifies(String serial) {
    if (serialPrefixes.isEmpty()) {
      return true;
    }
    if (serial == null) {
      return false;
    }
    String s = serial.trim().toUpperCase(Locale.ROOT);
    for (String p : serialPrefixes) {
      if (s.startsWith(p.toUpperCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
