package io.rosipsec.ipsec.ike.v2.message;

/**
 * Transform types of an SA proposal (type 4 is now called Key Exchange Method). Values not listed map to {@link #UNKNOWN}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.3.2">RFC 7296 §3.3.2</a>
 */
public enum TransformType {
    ENCR(1),
    PRF(2),
    INTEG(3),
    DH(4),
    ESN(5),
    /** Any value not listed above. */
    UNKNOWN(-1);

    private final int wire;

    TransformType(int wire) {
        this.wire = wire;
    }

    /** Wire value; -1 for {@link #UNKNOWN}. */
    public int wire() {
        return wire;
    }

    /** Maps a wire value to its constant, or {@link #UNKNOWN}. */
    public static TransformType fromWire(int wire) {
        for (TransformType v : values()) {
            if (v.wire == wire && v != UNKNOWN) {
                return v;
            }
        }
        return UNKNOWN;
    }
}
