package io.rosipsec.ipsec.ike.v1.message;

/**
 * Phase-1 Authentication Method attribute values. Only pre-shared keys are implemented by the tasks; XAUTH (65001, draft-beaulieu-ike-xauth) is listed so a RouterOS {@code pre-shared-key-xauth} offer is recognised and refused cleanly.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2409#appendix-A">RFC 2409 App. A</a>
 */
public enum Ikev1AuthMethod {
    PRE_SHARED_KEY(1),
    DSS_SIGNATURE(2),
    RSA_SIGNATURE(3),
    RSA_ENCRYPTION(4),
    REVISED_RSA_ENCRYPTION(5),
    XAUTH_INIT_PRE_SHARED(65001),
    /** Any value not listed above. */
    UNKNOWN(-1);

    private final int wire;

    Ikev1AuthMethod(int wire) {
        this.wire = wire;
    }

    /** The wire value; -1 for {@link #UNKNOWN}. */
    public int wire() {
        return wire;
    }

    /** Maps a wire value to its constant, or {@link #UNKNOWN}. */
    public static Ikev1AuthMethod fromWire(int wire) {
        for (Ikev1AuthMethod v : values()) {
            if (v.wire == wire) {
                return v;
            }
        }
        return UNKNOWN;
    }
}
