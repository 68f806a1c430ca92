package io.rosipsec.ipsec.ike.v1.message;

/**
 * Phase-1 (ISAKMP SA) attribute classes, carried in the transforms of an SA payload with protocol ISAKMP and transform ID KEY_IKE. Encryption, hash, authentication method, group description, life type and PRF are TV; life duration may be either form.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2409#appendix-A">RFC 2409 App. A</a>
 */
public enum Phase1Attribute {
    ENCRYPTION_ALGORITHM(1),
    HASH_ALGORITHM(2),
    AUTHENTICATION_METHOD(3),
    GROUP_DESCRIPTION(4),
    GROUP_TYPE(5),
    GROUP_PRIME(6),
    GROUP_GENERATOR_ONE(7),
    GROUP_GENERATOR_TWO(8),
    GROUP_CURVE_A(9),
    GROUP_CURVE_B(10),
    LIFE_TYPE(11),
    LIFE_DURATION(12),
    PRF(13),
    KEY_LENGTH(14),
    FIELD_SIZE(15),
    GROUP_ORDER(16),
    /** Any value not listed above. */
    UNKNOWN(-1);

    private final int wire;

    Phase1Attribute(int wire) {
        this.wire = wire;
    }

    /** The wire value; -1 for {@link #UNKNOWN}. */
    public int wire() {
        return wire;
    }

    /** Maps a wire value to its constant, or {@link #UNKNOWN}. */
    public static Phase1Attribute fromWire(int wire) {
        for (Phase1Attribute v : values()) {
            if (v.wire == wire) {
                return v;
            }
        }
        return UNKNOWN;
    }
}
