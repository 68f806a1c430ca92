package io.rosipsec.ipsec.crypto;

import java.util.Locale;
import java.util.Optional;

/**
 * Integrity transforms (IKEv2 transform type 3) with their IKEv1 values and RouterOS names (proposal
 * {@code auth-algorithms}, profile {@code hash-algorithm}).
 *
 * <p>IKEv1 values: the phase-1 Hash Algorithm attribute (RFC 2409 App. A; 4/5/6 = SHA2-256/384/512
 * per RFC 4868 §3.5), the ESP Authentication Algorithm attribute (RFC 2407 §4.5; 5/6/7 per RFC 4868
 * §3.2) and the AH transform ID (RFC 2407 §4.4.3). SHA-256 truncates to 128 bits per RFC 4868, not
 * the 96 bits of the pre-RFC draft.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.3.2">RFC 7296 §3.3.2</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4868">RFC 4868</a>
 */
public enum IntegAlg {
    /** AUTH_NONE: only with AEAD ciphers (or NULL encryption with AH). */
    NONE(0, "null", null, 0, 0, -1, -1, -1),
    HMAC_MD5_96(1, "md5", HashAlg.MD5, 16, 12, 1, 1, 2),
    HMAC_SHA1_96(2, "sha1", HashAlg.SHA1, 20, 12, 2, 2, 3),
    HMAC_SHA2_256_128(12, "sha256", HashAlg.SHA256, 32, 16, 4, 5, 5),
    HMAC_SHA2_384_192(13, "sha384", HashAlg.SHA384, 48, 24, 5, 6, 6),
    HMAC_SHA2_512_256(14, "sha512", HashAlg.SHA512, 64, 32, 6, 7, 7);

    private final int ikev2Id;
    private final String routerOsName;
    private final HashAlg hash;
    private final int keyLength;
    private final int icvLength;
    private final int ikev1HashId;
    private final int ikev1EspAuthId;
    private final int ikev1AhId;

    IntegAlg(int ikev2Id, String routerOsName, HashAlg hash, int keyLength, int icvLength,
            int ikev1HashId, int ikev1EspAuthId, int ikev1AhId) {
        this.ikev2Id = ikev2Id;
        this.routerOsName = routerOsName;
        this.hash = hash;
        this.keyLength = keyLength;
        this.icvLength = icvLength;
        this.ikev1HashId = ikev1HashId;
        this.ikev1EspAuthId = ikev1EspAuthId;
        this.ikev1AhId = ikev1AhId;
    }

    /** IKEv2 INTEG transform ID. */
    public int ikev2Id() {
        return ikev2Id;
    }

    public String routerOsName() {
        return routerOsName;
    }

    /** The underlying hash; {@code null} for {@link #NONE}. */
    public HashAlg hash() {
        return hash;
    }

    /** Key length in bytes taken from KEYMAT (RFC 7296 §2.14: the HMAC output size). */
    public int keyLength() {
        return keyLength;
    }

    /** Truncated ICV length in bytes. */
    public int icvLength() {
        return icvLength;
    }

    /** IKEv1 phase-1 Hash Algorithm attribute value, or {@link EncrAlg#NONE}. */
    public int ikev1HashId() {
        return ikev1HashId;
    }

    /** IKEv1 ESP Authentication Algorithm attribute value, or {@link EncrAlg#NONE}. */
    public int ikev1EspAuthId() {
        return ikev1EspAuthId;
    }

    /** IKEv1 AH transform ID, or {@link EncrAlg#NONE}. */
    public int ikev1AhId() {
        return ikev1AhId;
    }

    /** Looks up an IKEv2 INTEG transform ID; unknown IDs give an empty result. */
    public static Optional<IntegAlg> fromWire(int ikev2Id) {
        for (IntegAlg a : values()) {
            if (a.ikev2Id == ikev2Id) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Looks up an IKEv1 ESP Authentication Algorithm attribute value. */
    public static Optional<IntegAlg> fromIkev1EspAuth(int value) {
        for (IntegAlg a : values()) {
            if (a.ikev1EspAuthId >= 0 && a.ikev1EspAuthId == value) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Looks up an IKEv1 phase-1 Hash Algorithm value; in IKEv1 it selects both the PRF and the
     * integrity function.
     */
    public static Optional<IntegAlg> fromIkev1Hash(int value) {
        for (IntegAlg a : values()) {
            if (a.ikev1HashId >= 0 && a.ikev1HashId == value) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Looks up a RouterOS {@code auth-algorithms} / {@code hash-algorithm} value. */
    public static Optional<IntegAlg> fromRouterOsName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (IntegAlg a : values()) {
            if (a.routerOsName.equals(n)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
