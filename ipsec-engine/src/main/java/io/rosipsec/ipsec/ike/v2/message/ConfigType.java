package io.rosipsec.ipsec.ike.v2.message;

/**
 * CFG types of the Configuration payload. Values not listed map to {@link #UNKNOWN}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.15">RFC 7296 §3.15</a>
 */
public enum ConfigType {
    CFG_REQUEST(1),
    CFG_REPLY(2),
    CFG_SET(3),
    CFG_ACK(4),
    /** Any value not listed above. */
    UNKNOWN(-1);

    private final int wire;

    ConfigType(int wire) {
        this.wire = wire;
    }

    /** Wire value; -1 for {@link #UNKNOWN}. */
    public int wire() {
        return wire;
    }

    /** Maps a wire value to its constant, or {@link #UNKNOWN}. */
    public static ConfigType fromWire(int wire) {
        for (ConfigType v : values()) {
            if (v.wire == wire && v != UNKNOWN) {
                return v;
            }
        }
        return UNKNOWN;
    }
}
