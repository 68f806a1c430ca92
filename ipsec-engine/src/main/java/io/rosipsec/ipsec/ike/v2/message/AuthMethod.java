package io.rosipsec.ipsec.ike.v2.message;

/**
 * Authentication methods of the AUTH payload (RFC 4754 ECDSA, RFC 7427 Digital Signature, RFC 7619 NULL). Values not listed map to {@link #UNKNOWN}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.8">RFC 7296 §3.8</a>
 */
public enum AuthMethod {
    RSA_SIGNATURE(1),
    SHARED_KEY_MIC(2),
    DSS_SIGNATURE(3),
    ECDSA_SHA256_P256(9),
    ECDSA_SHA384_P384(10),
    ECDSA_SHA512_P521(11),
    GENERIC_SECURE_PASSWORD(12),
    NULL_AUTH(13),
    DIGITAL_SIGNATURE(14),
    /** Any value not listed above. */
    UNKNOWN(-1);

    private final int wire;

    AuthMethod(int wire) {
        this.wire = wire;
    }

    /** Wire value; -1 for {@link #UNKNOWN}. */
    public int wire() {
        return wire;
    }

    /** Maps a wire value to its constant, or {@link #UNKNOWN}. */
    public static AuthMethod fromWire(int wire) {
        for (AuthMethod v : values()) {
            if (v.wire == wire && v != UNKNOWN) {
                return v;
            }
        }
        return UNKNOWN;
    }
}
