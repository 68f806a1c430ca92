package io.rosipsec.ipsec.crypto;

import java.util.Locale;
import java.util.Optional;

/**
 * Pseudo-random functions (IKEv2 transform type 2) with their IKEv1 phase-1 Hash Algorithm values
 * and RouterOS names (profile {@code prf-algorithm} / {@code hash-algorithm}).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.3.2">RFC 7296 §3.3.2</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4868#section-2.3">RFC 4868 §2.3</a>
 */
public enum PrfAlg {
    HMAC_MD5(1, "md5", HashAlg.MD5, 1),
    HMAC_SHA1(2, "sha1", HashAlg.SHA1, 2),
    HMAC_SHA2_256(5, "sha256", HashAlg.SHA256, 4),
    HMAC_SHA2_384(6, "sha384", HashAlg.SHA384, 5),
    HMAC_SHA2_512(7, "sha512", HashAlg.SHA512, 6);

    private final int ikev2Id;
    private final String routerOsName;
    private final HashAlg hash;
    private final int ikev1HashId;

    PrfAlg(int ikev2Id, String routerOsName, HashAlg hash, int ikev1HashId) {
        this.ikev2Id = ikev2Id;
        this.routerOsName = routerOsName;
        this.hash = hash;
        this.ikev1HashId = ikev1HashId;
    }

    /** IKEv2 PRF transform ID. */
    public int ikev2Id() {
        return ikev2Id;
    }

    public String routerOsName() {
        return routerOsName;
    }

    public HashAlg hash() {
        return hash;
    }

    /** IKEv1 phase-1 Hash Algorithm attribute value that selects this PRF (RFC 2409 §4). */
    public int ikev1HashId() {
        return ikev1HashId;
    }

    /** PRF output length in bytes (also the preferred key length, RFC 7296 §2.13). */
    public int outputLength() {
        return hash.outputLength();
    }

    /** Looks up an IKEv2 PRF transform ID; unknown IDs (AES-XCBC 4, AES-CMAC 8...) give empty. */
    public static Optional<PrfAlg> fromWire(int ikev2Id) {
        for (PrfAlg a : values()) {
            if (a.ikev2Id == ikev2Id) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Looks up an IKEv1 phase-1 Hash Algorithm attribute value. */
    public static Optional<PrfAlg> fromIkev1Hash(int value) {
        for (PrfAlg a : values()) {
            if (a.ikev1HashId == value) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Looks up a RouterOS name; {@code auto} is not a PRF and gives empty. */
    public static Optional<PrfAlg> fromRouterOsName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (PrfAlg a : values()) {
            if (a.routerOsName.equals(n)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
