package io.rosipsec.ipsec.ike.v1.message;

/**
 * Life Type values: phase 1 (RFC 2409 App. A, class 11) and phase 2 (RFC 2407 §4.5, SA Life Type) share them. Kilobytes are 1000 bytes here as in strongSwan (project spec §2.5 item 12).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2407#section-4.5">RFC 2407 §4.5</a>
 */
public enum LifeType {
    SECONDS(1),
    KILOBYTES(2),
    /** Any value not listed above. */
    UNKNOWN(-1);

    private final int wire;

    LifeType(int wire) {
        this.wire = wire;
    }

    /** The wire value; -1 for {@link #UNKNOWN}. */
    public int wire() {
        return wire;
    }

    /** Maps a wire value to its constant, or {@link #UNKNOWN}. */
    public static LifeType fromWire(int wire) {
        for (LifeType v : values()) {
            if (v.wire == wire) {
                return v;
            }
        }
        return UNKNOWN;
    }
}
