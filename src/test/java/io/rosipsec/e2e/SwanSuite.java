package io.rosipsec.e2e;

import java.util.List;

/**
 * One algorithm combination of the strongSwan interop matrix, in both vocabularies: the RouterOS
 * menu values ({@code /ip ipsec profile} for the IKE SA, {@code /ip ipsec proposal} for ESP, the
 * profile's {@code dh-group} doubling as the proposal's {@code pfs-group} when PFS is on), the
 * swanctl.conf proposal strings, and what {@code swanctl --list-sas --pretty} must then show.
 * RouterOS profiles have no AEAD ciphers, so the GCM rows use AES-CBC for the IKE SA.
 */
record SwanSuite(String name, String profileEnc, String profileHash, String dhGroup, String espEnc, String espAuth,
    String swanIke, String swanEsp, String swanDh, String ikeEncr, String ikeKeySize, String ikeInteg, String ikePrf,
    String viciDh, String childEncr, String childKeySize, String childInteg, String rosEnc, String rosAuth) {

  static final List<SwanSuite> MATRIX = List.of(
      new SwanSuite("aes-128-cbc/sha1/modp2048", "aes-128", "sha1", "modp2048", "aes-128-cbc", "sha1",
          "aes128-sha1-modp2048", "aes128-sha1", "modp2048", "AES_CBC", "128", "HMAC_SHA1_96", "PRF_HMAC_SHA1",
          "MODP_2048", "AES_CBC", "128", "HMAC_SHA1_96", "aes-cbc", "sha1"),
      new SwanSuite("aes-256-cbc/sha256/modp2048", "aes-256", "sha256", "modp2048", "aes-256-cbc", "sha256",
          "aes256-sha256-modp2048", "aes256-sha256", "modp2048", "AES_CBC", "256", "HMAC_SHA2_256_128",
          "PRF_HMAC_SHA2_256", "MODP_2048", "AES_CBC", "256", "HMAC_SHA2_256_128", "aes-cbc", "sha256"),
      new SwanSuite("aes-128-gcm/ecp256", "aes-128", "sha256", "ecp256", "aes-128-gcm", "sha256",
          "aes128-sha256-ecp256", "aes128gcm16", "ecp256", "AES_CBC", "128", "HMAC_SHA2_256_128",
          "PRF_HMAC_SHA2_256", "ECP_256", "AES_GCM_16", "128", null, "aes-gcm", null),
      new SwanSuite("aes-256-gcm/x25519", "aes-256", "sha256", "x25519", "aes-256-gcm", "sha256",
          "aes256-sha256-x25519", "aes256gcm16", "x25519", "AES_CBC", "256", "HMAC_SHA2_256_128",
          "PRF_HMAC_SHA2_256", "CURVE_25519", "AES_GCM_16", "256", null, "aes-gcm", null),
      new SwanSuite("3des/md5/modp1024", "3des", "md5", "modp1024", "3des", "md5",
          "3des-md5-modp1024", "3des-md5", "modp1024", "3DES_CBC", null, "HMAC_MD5_96", "PRF_HMAC_MD5",
          "MODP_1024", "3DES_CBC", null, "HMAC_MD5_96", "3des", "md5"),
      new SwanSuite("camellia-256-cbc/sha512/modp4096", "camellia-256", "sha512", "modp4096", "camellia-256",
          "sha512", "camellia256-sha512-modp4096", "camellia256-sha512", "modp4096", "CAMELLIA_CBC", "256",
          "HMAC_SHA2_512_256", "PRF_HMAC_SHA2_512", "MODP_4096", "CAMELLIA_CBC", "256", "HMAC_SHA2_512_256",
          "camellia", "sha512"));

  /**
   * The IKEv1 matrix (issue 6; spec ike-esp.md §2.1-2.2): phase-1 hash doubles as PRF and integrity, so
   * charon lists both from the profile's {@code hash-algorithm}. Blowfish is strongSwan's 128-bit
   * {@code blowfish128} (the emulator's {@code blowfish}); Camellia comes from the gcrypt/openssl plugins.
   */
  static final List<SwanSuite> IKEV1_MATRIX = List.of(
      new SwanSuite("aes-128-cbc/sha1/modp1024", "aes-128", "sha1", "modp1024", "aes-128-cbc", "sha1",
          "aes128-sha1-modp1024", "aes128-sha1", "modp1024", "AES_CBC", "128", "HMAC_SHA1_96", "PRF_HMAC_SHA1",
          "MODP_1024", "AES_CBC", "128", "HMAC_SHA1_96", "aes-cbc", "sha1"),
      new SwanSuite("aes-256-cbc/sha256/modp2048", "aes-256", "sha256", "modp2048", "aes-256-cbc", "sha256",
          "aes256-sha256-modp2048", "aes256-sha256", "modp2048", "AES_CBC", "256", "HMAC_SHA2_256_128",
          "PRF_HMAC_SHA2_256", "MODP_2048", "AES_CBC", "256", "HMAC_SHA2_256_128", "aes-cbc", "sha256"),
      new SwanSuite("3des/md5/modp1024", "3des", "md5", "modp1024", "3des", "md5",
          "3des-md5-modp1024", "3des-md5", "modp1024", "3DES_CBC", null, "HMAC_MD5_96", "PRF_HMAC_MD5",
          "MODP_1024", "3DES_CBC", null, "HMAC_MD5_96", "3des", "md5"),
      new SwanSuite("blowfish/sha1/modp2048", "blowfish", "sha1", "modp2048", "blowfish", "sha1",
          "blowfish128-sha1-modp2048", "blowfish128-sha1", "modp2048", "BLOWFISH_CBC", "128", "HMAC_SHA1_96",
          "PRF_HMAC_SHA1", "MODP_2048", "BLOWFISH_CBC", "128", "HMAC_SHA1_96", "blowfish", "sha1"),
      new SwanSuite("camellia-128/sha256/modp2048", "camellia-128", "sha256", "modp2048", "camellia-128",
          "sha256", "camellia128-sha256-modp2048", "camellia128-sha256", "modp2048", "CAMELLIA_CBC", "128",
          "HMAC_SHA2_256_128", "PRF_HMAC_SHA2_256", "MODP_2048", "CAMELLIA_CBC", "128", "HMAC_SHA2_256_128",
          "camellia", "sha256"),
      new SwanSuite("camellia-256/sha512/modp1536", "camellia-256", "sha512", "modp1536", "camellia-256",
          "sha512", "camellia256-sha512-modp1536", "camellia256-sha512", "modp1536", "CAMELLIA_CBC", "256",
          "HMAC_SHA2_512_256", "PRF_HMAC_SHA2_512", "MODP_1536", "CAMELLIA_CBC", "256", "HMAC_SHA2_512_256",
          "camellia", "sha512"));

  /** swanctl.conf's {@code esp_proposals}: with the DH group appended when PFS is on. */
  String swanEspProposal(boolean pfs) {
    return pfs ? swanEsp + "-" + swanDh : swanEsp;
  }

  @Override
  public String toString() {
    return name;
  }
}
