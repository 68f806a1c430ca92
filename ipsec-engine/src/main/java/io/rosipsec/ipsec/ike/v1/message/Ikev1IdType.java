package io.rosipsec.ipsec.ike.v1.message;

/**
 * IPsec DOI Identification Types.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2407#section-4.6.2.1">RFC 2407 §4.6.2.1</a>
 */
public enum Ikev1IdType {
    IPV4_ADDR(1),
    FQDN(2),
    USER_FQDN(3),
    IPV4_ADDR_SUBNET(4),
    IPV6_ADDR(5),
    IPV6_ADDR_SUBNET(6),
    IPV4_ADDR_RANGE(7),
    IPV6_ADDR_RANGE(8),
    DER_ASN1_DN(9),
    DER_ASN1_GN(10),
    KEY_ID(11),
    /** Any value not listed above. */
    UNKNOWN(-1);

    private final int wire;

    Ikev1IdType(int wire) {
        this.wire = wire;
    }

    /** The one-octet wire value; -1 for {@link #UNKNOWN}. */
    public int wire() {
        return wire;
    }

    /** Maps a wire value to its constant, or {@link #UNKNOWN}. */
    public static Ikev1IdType fromWire(int wire) {
        for (Ikev1IdType t : values()) {
            if (t.wire == wire) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
