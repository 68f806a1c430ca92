package io.rosipsec.ipsec.ike.v2.message;

/**
 * Configuration attribute types of the CP payload. Values not listed map to {@link #UNKNOWN}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.15.1">RFC 7296 §3.15.1</a>
 */
public enum ConfigAttributeType {
    INTERNAL_IP4_ADDRESS(1),
    INTERNAL_IP4_NETMASK(2),
    INTERNAL_IP4_DNS(3),
    INTERNAL_IP4_NBNS(4),
    INTERNAL_IP4_DHCP(6),
    APPLICATION_VERSION(7),
    INTERNAL_IP6_ADDRESS(8),
    INTERNAL_IP6_DNS(10),
    INTERNAL_IP6_DHCP(12),
    INTERNAL_IP4_SUBNET(13),
    SUPPORTED_ATTRIBUTES(14),
    INTERNAL_IP6_SUBNET(15),
    /** Any value not listed above. */
    UNKNOWN(-1);

    private final int wire;

    ConfigAttributeType(int wire) {
        this.wire = wire;
    }

    /** Wire value; -1 for {@link #UNKNOWN}. */
    public int wire() {
        return wire;
    }

    /** Maps a wire value to its constant, or {@link #UNKNOWN}. */
    public static ConfigAttributeType fromWire(int wire) {
        for (ConfigAttributeType v : values()) {
            if (v.wire == wire && v != UNKNOWN) {
                return v;
            }
        }
        return UNKNOWN;
    }
}
