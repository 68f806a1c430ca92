package io.rosipsec.ipsec.ike.v2.message;

/**
 * Security protocol identifiers used in proposals, Notify and Delete payloads. Values not listed map to {@link #UNKNOWN}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.3.1">RFC 7296 §3.3.1</a>
 */
public enum ProtocolId {
    IKE(1),
    AH(2),
    ESP(3),
    /** Any value not listed above. */
    UNKNOWN(-1);

    private final int wire;

    ProtocolId(int wire) {
        this.wire = wire;
    }

    /** Wire value; -1 for {@link #UNKNOWN}. */
    public int wire() {
        return wire;
    }

    /** Maps a wire value to its constant, or {@link #UNKNOWN}. */
    public static ProtocolId fromWire(int wire) {
        for (ProtocolId v : values()) {
            if (v.wire == wire && v != UNKNOWN) {
                return v;
            }
        }
        return UNKNOWN;
    }
}
