package io.rosipsec.hw;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * One group of cells of the RouterOS manual's IPsec "Hardware acceleration" table (hw-profiles.md
 * §2.1): the cipher families, optional key-size restriction (the {@code *} footnote: 128/256 only)
 * and hashes for which a CPU row says "yes", and whether that "yes" is full or cipher-only ({@code
 * ***}).
 *
 * <p>{@code anyHash} is used for AEAD ciphers (AES-GCM), whose table cells are read as "any yes
 * counts" (spec §2.3 item 6): RouterOS configures GCM with {@code auth-algorithms=null} and ignores
 * a listed hash.
 *
 * @param ciphers cipher families covered, never empty
 * @param keyBits allowed key sizes; empty means every size the cipher has
 * @param hashes integrity algorithms covered (ignored when {@code anyHash})
 * @param anyHash whether the integrity algorithm does not matter
 * @param path the path taken when this rule matches
 */
public record AccelRule(
    Set<CipherFamily> ciphers,
    Set<Integer> keyBits,
    Set<HashFamily> hashes,
    boolean anyHash,
    AccelPath path) {

  public AccelRule {
    if (ciphers == null || ciphers.isEmpty()) {
      throw new IllegalArgumentException("a rule needs at least one cipher");
    }
    if (path == null || path == AccelPath.SOFTWARE) {
      throw new IllegalArgumentException("a rule must name an accelerated path");
    }
    if (!anyHash && (hashes == null || hashes.isEmpty())) {
      throw new IllegalArgumentException("a rule needs hashes or any-hash");
    }
    ciphers = Set.copyOf(EnumSet.copyOf(ciphers));
    keyBits = keyBits == null ? Set.of() : Set.copyOf(new TreeSet<>(keyBits));
    hashes = hashes == null || hashes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hashes));
  }

  /** True when the transform falls in this rule's cells. An unknown key size (0) never matches a size-restricted rule. */
  public boolean matches(EspTransform t) {
    if (!ciphers.contains(t.cipher())) {
      return false;
    }
    if (!keyBits.isEmpty() && !keyBits.contains(t.keyBits())) {
      return false;
    }
    return anyHash || hashes.contains(t.hash());
  }
}
