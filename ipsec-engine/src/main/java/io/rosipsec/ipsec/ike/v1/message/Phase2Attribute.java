package io.rosipsec.ipsec.ike.v1.message;

/**
 * IPsec DOI SA attributes of phase-2 (Quick Mode) transforms. SA Life Duration may be TV or TLV; the others are TV.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2407#section-4.5">RFC 2407 §4.5</a>
 */
public enum Phase2Attribute {
    SA_LIFE_TYPE(1),
    SA_LIFE_DURATION(2),
    GROUP_DESCRIPTION(3),
    ENCAPSULATION_MODE(4),
    AUTHENTICATION_ALGORITHM(5),
    KEY_LENGTH(6),
    KEY_ROUNDS(7),
    COMPRESS_DICTIONARY_SIZE(8),
    COMPRESS_PRIVATE_ALGORITHM(9),
    /** Any value not listed above. */
    UNKNOWN(-1);

    private final int wire;

    Phase2Attribute(int wire) {
        this.wire = wire;
    }

    /** The wire value; -1 for {@link #UNKNOWN}. */
    public int wire() {
        return wire;
    }

    /** Maps a wire value to its constant, or {@link #UNKNOWN}. */
    public static Phase2Attribute fromWire(int wire) {
        for (Phase2Attribute v : values()) {
            if (v.wire == wire) {
                return v;
            }
        }
        return UNKNOWN;
    }
}
