package io.rosipsec.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EspTransformTest {

  @ParameterizedTest
  @CsvSource({
    "aes-128-cbc, 0, sha1, AES_CBC, 128, SHA1, aes-128-cbc+sha1",
    "aes-256-gcm, 0, '', AES_GCM, 256, NONE, aes-256-gcm",
    "aes-192-ctr, 192, sha256, AES_CTR, 192, SHA256, aes-192-ctr+sha256",
    "aes-cbc, 256, sha512, AES_CBC, 256, SHA512, aes-256-cbc+sha512",
    "aes-256, 0, sha1, AES_CBC, 256, SHA1, aes-256-cbc+sha1",
    "3des, 0, md5, TRIPLE_DES, 192, MD5, 3des+md5",
    "des, 0, null, DES, 64, NONE, des",
    "camellia-128, 0, sha1, CAMELLIA, 128, SHA1, camellia-128+sha1",
    "chacha20poly1305, 0, '', CHACHA20_POLY1305, 256, NONE, chacha20poly1305",
    "none, 0, sha1, NULL, 0, SHA1, null+sha1",
    "serpent, 0, sha1, UNKNOWN, 0, SHA1, unknown+sha1",
  })
  void parsesRouterOsSpellings(
      String enc, int bits, String auth, CipherFamily c, int size, HashFamily h, String label) {
    EspTransform t = EspTransform.parse(enc, bits, auth);
    assertEquals(c, t.cipher());
    assertEquals(size, t.keyBits());
    assertEquals(h, t.hash());
    assertEquals(label, t.label());
  }

  @Test
  void rejectsContradictions() {
    assertThrows(IllegalArgumentException.class, () -> EspTransform.parse("aes-128-gcm", 256, ""));
    assertThrows(IllegalArgumentException.class, () -> new EspTransform(null, 0, HashFamily.NONE));
  }

  @Test
  void wireIdsFollowIana() {
    assertEquals(CipherFamily.AES_GCM, CipherFamily.fromWire(20));
    assertEquals(CipherFamily.AES_CBC, CipherFamily.fromWire(12));
    assertEquals(CipherFamily.UNKNOWN, CipherFamily.fromWire(999));
    assertEquals(CipherFamily.UNKNOWN, CipherFamily.fromWire(-1));
    assertEquals(HashFamily.SHA256, HashFamily.fromWire(12));
    assertEquals(HashFamily.NONE, HashFamily.fromWire(0));
    assertEquals(HashFamily.UNKNOWN, HashFamily.fromWire(77));
  }
}
