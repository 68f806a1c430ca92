package io.rosipsec.ipsec.ike.v2.message;

/**
 * Identification types of the IDi/IDr payloads. Values not listed map to {@link #UNKNOWN}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.5">RFC 7296 §3.5</a>
 */
public enum IdType {
    IPV4_ADDR(1),
    FQDN(2),
    RFC822_ADDR(3),
    IPV6_ADDR(5),
    DER_ASN1_DN(9),
    DER_ASN1_GN(10),
    KEY_ID(11),
    FC_NAME(12),
    NULL_ID(13),
    /** Any value not listed above. */
    UNKNOWN(-1);

    private final int wire;

    IdType(int wire) {
        this.wire = wire;
    }

    /** Wire value; -1 for {@link #UNKNOWN}. */
    public int wire() {
        return wire;
    }

    /** Maps a wire value to its constant, or {@link #UNKNOWN}. */
    public static IdType fromWire(int wire) {
        for (IdType v : values()) {
            if (v.wire == wire && v != UNKNOWN) {
                return v;
            }
        }
        return UNKNOWN;
    }
}
