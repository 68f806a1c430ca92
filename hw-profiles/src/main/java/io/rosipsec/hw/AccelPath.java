package io.rosipsec.hw;

/**
 * Which data path an ESP/AH transform takes on a board, per the RouterOS manual's IPsec "Hardware
 * acceleration" table (help.mikrotik.com, IPsec page) as restated in hw-profiles.md §2.5.
 *
 * <p>{@link #HARDWARE} is a fully accelerated (cipher and integrity) SA, shown with the {@code H}
 * ({@code hw-aead=yes}) flag in {@code /ip ipsec installed-sa}. {@link #PARTIAL} is the manual's
 * {@code ***} footnote (PPC460GT, x86 AES-NI): the cipher runs in hardware, the hash in software.
 * Whether RouterOS shows {@code H} for such SAs is not documented (spec §7 item 4); we choose not to.
 */
public enum AccelPath {
  /** Cipher and integrity both in the crypto engine. */
  HARDWARE("hardware", true, true),
  /** Cipher in hardware, integrity (HMAC) in software. */
  PARTIAL("partial", true, false),
  /** Everything in software. */
  SOFTWARE("software", false, false);

  private final String dataName;
  private final boolean cipherInHardware;
  private final boolean hwAead;

  AccelPath(String dataName, boolean cipherInHardware, boolean hwAead) {
    this.dataName = dataName;
    this.cipherInHardware = cipherInHardware;
    this.hwAead = hwAead;
  }

  /** The spelling used in the board data files ({@code "path": "partial"}). */
  public String dataName() {
    return dataName;
  }

  /** True when the cipher runs on the accelerated path (the JCA back end in the engine). */
  public boolean cipherInHardware() {
    return cipherInHardware;
  }

  /** Value of the read-only {@code hw-aead} property of {@code /ip ipsec installed-sa}. */
  public boolean hwAead() {
    return hwAead;
  }

  /**
   * Parses the data-file spelling.
   *
   * @throws IllegalArgumentException for an unknown spelling
   */
  public static AccelPath fromDataName(String name) {
    for (AccelPath p : values()) {
      if (p.dataName.equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown acceleration path: " + name);
  }
}
