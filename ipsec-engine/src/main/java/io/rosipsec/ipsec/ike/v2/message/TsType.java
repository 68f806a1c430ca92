package io.rosipsec.ipsec.ike.v2.message;

/**
 * Traffic selector types of the TSi/TSr payloads. Values not listed map to {@link #UNKNOWN}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.13.1">RFC 7296 §3.13.1</a>
 */
public enum TsType {
    TS_IPV4_ADDR_RANGE(7),
    TS_IPV6_ADDR_RANGE(8),
    /** Any value not listed above. */
    UNKNOWN(-1);

    private final int wire;

    TsType(int wire) {
        this.wire = wire;
    }

    /** Wire value; -1 for {@link #UNKNOWN}. */
    public int wire() {
        return wire;
    }

    /** Maps a wire value to its constant, or {@link #UNKNOWN}. */
    public static TsType fromWire(int wire) {
        for (TsType v : values()) {
            if (v.wire == wire && v != UNKNOWN) {
                return v;
            }
        }
        return UNKNOWN;
    }
}
