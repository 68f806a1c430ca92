package io.rosipsec.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acceleration answers against the derived per-model matrix of hw-profiles.md §2.2 (itself from the
 * RouterOS manual's IPsec "Hardware acceleration" table) and the decision rule of §2.5.
 */
class AccelCapabilityTest {

  private static HwProfile board(String id) {
    return HwProfiles.builtIn().byId(id).orElseThrow();
  }

  private static AccelPath path(String id, String enc, String auth) {
    HwProfile p = board(id);
    return p.acceleration().path(enc, 0, auth, p.serialNumber(0).orElse(null));
  }

  /** Columns: board, enc, auth, expected path. Empty auth means none (AEAD). */
  @ParameterizedTest(name = "{0}: {1}+{2} -> {3}")
  @CsvSource({
    // TILE: AES-CBC/CTR and 3DES with MD5/SHA1/SHA256 but not SHA512, and no GCM
    "ccr1036, aes-128-cbc, sha1, HARDWARE",
    "ccr1036, aes-256-cbc, sha256, HARDWARE",
    "ccr1036, aes-256-ctr, md5, HARDWARE",
    "ccr1036, 3des, sha1, HARDWARE",
    "ccr1036, des, md5, HARDWARE",
    "ccr1036, aes-256-cbc, sha512, SOFTWARE",
    "ccr1036, aes-128-gcm, '', SOFTWARE",
    "ccr1009, aes-256-gcm, null, SOFTWARE",
    // AL-series: everything including GCM
    "rb1100ahx4, aes-256-gcm, '', HARDWARE",
    "rb1100ahx4, aes-192-gcm, null, HARDWARE",
    "rb4011, aes-256-cbc, sha512, HARDWARE",
    "ccr2004, aes-128-ctr, md5, HARDWARE",
    "ccr2216, des, sha512, HARDWARE",
    // never-accelerated ciphers
    "ccr2004, blowfish, sha1, SOFTWARE",
    "ccr2004, twofish, sha1, SOFTWARE",
    "ccr2004, camellia-256, sha256, SOFTWARE",
    "ccr2004, null, sha1, SOFTWARE",
    "ccr2004, chacha20poly1305, '', SOFTWARE",
    // 88F7040: no MD5 anywhere, GCM yes
    "rb5009, aes-256-cbc, sha256, HARDWARE",
    "rb5009, aes-256-cbc, md5, SOFTWARE",
    "rb5009, 3des, md5, SOFTWARE",
    "rb5009, aes-128-gcm, '', HARDWARE",
    // IPQ-4018: SHA1/SHA256 only, 128/256-bit keys only, no GCM
    "hap-ac2, aes-128-cbc, sha1, HARDWARE",
    "hap-ac2, aes-256-ctr, sha256, HARDWARE",
    "hap-ac2, aes-192-cbc, sha1, SOFTWARE",
    "hap-ac2, aes-256-cbc, md5, SOFTWARE",
    "hap-ac2, aes-256-cbc, sha512, SOFTWARE",
    "hap-ac2, aes-128-gcm, '', SOFTWARE",
    "hap-ac2, 3des, sha256, HARDWARE",
    // MT7621A: 3DES but not DES, no CTR, no SHA512, no GCM
    "hex, 3des, md5, HARDWARE",
    "hex, des, sha1, SOFTWARE",
    "hex, aes-192-cbc, sha256, HARDWARE",
    "hex, aes-128-ctr, sha1, SOFTWARE",
    "hex, aes-128-cbc, sha512, SOFTWARE",
    "hex, aes-256-gcm, '', SOFTWARE",
    // P2020: DES/3DES without SHA512, AES-CBC with all hashes, no CTR/GCM
    "rb1100ahx2, aes-256-cbc, sha512, HARDWARE",
    "rb1100ahx2, 3des, sha512, SOFTWARE",
    "rb1100ahx2, aes-128-ctr, sha1, SOFTWARE",
    // RB1000: no row at all
    "rb1000, aes-128-cbc, sha1, SOFTWARE",
    "rb1000, 3des, md5, SOFTWARE",
    // x86 / CHR with AES-NI: cipher in hardware, hash in software
    "chr, aes-128-cbc, sha1, PARTIAL",
    "chr, aes-256-gcm, '', PARTIAL",
    "x86, aes-192-ctr, sha512, PARTIAL",
    "x86, 3des, sha1, SOFTWARE",
    "x86, aes-128-cbc, null, SOFTWARE",
  })
  void matchesTheSpecTable(String id, String enc, String auth, AccelPath expected) {
    assertEquals(expected, path(id, enc, auth));
  }

  @Test
  void rb850gx2DependsOnTheSerialNumber() {
    HwProfile p = board("rb850gx2");
    assertTrue(p.accelerates("aes-256-cbc", 0, "sha1", "5A1B2C3D4E5F"));
    assertTrue(p.accelerates("aes-128-cbc", 0, "sha512", "70F107CBF935"));
    assertFalse(p.accelerates("aes-256-cbc", 0, "sha1", "4A1B2C3D4E5F"), "made before 2016");
    assertFalse(p.accelerates("aes-256-cbc", 0, "sha1", null), "no serial, no proof");
    assertFalse(p.accelerates("3des", 0, "sha1", "5A1B2C3D4E5F"), "row has no 3DES");
    assertFalse(p.accelerates("aes-128-ctr", 0, "sha1", "5A1B2C3D4E5F"), "row has no CTR");
    String generated = p.serialNumber(42).orElseThrow();
    assertTrue(p.acceleration().serialQualifies(generated), generated);
  }

  @Test
  void chrWithoutAesNiIsAllSoftware() {
    HwProfile chr = board("chr");
    assertTrue(chr.accelerates("aes-128-cbc", 0, "sha1", null));
    HwProfile noAesNi = chr.withCpuFeatures(Set.of());
    assertFalse(noAesNi.accelerates("aes-128-cbc", 0, "sha1", null));
    assertFalse(noAesNi.accelerates("aes-256-gcm", 0, "", null));
    assertEquals("chr", noAesNi.id());
    assertTrue(chr.accelerates("aes-128-cbc", 0, "sha1", null), "original unchanged");
  }

  @Test
  void partialPathIsNotHwAead() {
    assertTrue(AccelPath.PARTIAL.cipherInHardware());
    assertFalse(AccelPath.PARTIAL.hwAead());
    assertTrue(AccelPath.HARDWARE.hwAead());
    assertFalse(AccelPath.SOFTWARE.cipherInHardware());
  }

  @Test
  void installedSaSpellingsWithSeparateKeySize() {
    HwProfile hap = board("hap-ac2");
    String serial = hap.serialNumber(1).orElseThrow();
    assertTrue(hap.accelerates("aes-cbc", 256, "sha1", serial));
    assertFalse(hap.accelerates("aes-cbc", 192, "sha1", serial));
    assertFalse(hap.accelerates("aes-cbc", 0, "sha1", serial), "unknown size never meets a size rule");
    assertTrue(board("ccr2004").accelerates("aes-gcm", 128, "none", null));
    assertTrue(board("ccr2004").accelerates("AES-256-GCM", 0, "sha256", null), "hash ignored for AEAD");
  }

  @Test
  void contradictoryKeySizeIsRejected() {
    HwProfile p = board("ccr2004");
    assertThrows(IllegalArgumentException.class, () -> p.accelerates("aes-128-cbc", 256, "sha1", null));
  }

  @Test
  void unknownNamesTakeTheSoftwarePath() {
    HwProfile p = board("ccr2004");
    assertFalse(p.accelerates("rot13", 0, "sha1", null));
    assertFalse(p.accelerates("aes-128-cbc", 0, "crc32", null));
    assertFalse(p.accelerates(null, 0, "sha1", null));
  }

  @Test
  void noneCapabilityAcceleratesNothing() {
    assertEquals(AccelPath.SOFTWARE, AccelCapability.none().path("aes-128-cbc", 0, "sha1", null));
  }
}
