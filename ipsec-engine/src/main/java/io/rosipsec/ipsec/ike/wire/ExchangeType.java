package io.rosipsec.ipsec.ike.wire;

import java.util.HashMap;
import java.util.Map;

/**
 * Exchange types of the IKE header. IKEv1 (ISAKMP) and IKEv2 numbers do not overlap, so one registry serves both;
 * {@link #ikeVersion()} tells which protocol a value belongs to.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.1">RFC 7296 §3.1</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3.1">RFC 2408 §3.1</a>, RFC 2409 §5.5
 */
public enum ExchangeType {
    BASE(1, 1),
    IDENTITY_PROTECTION(2, 1),
    AUTHENTICATION_ONLY(3, 1),
    AGGRESSIVE(4, 1),
    INFORMATIONAL_V1(5, 1),
    /** RFC 2409 §5.5. */
    QUICK_MODE(32, 1),
    NEW_GROUP_MODE(33, 1),
    IKE_SA_INIT(34, 2),
    IKE_AUTH(35, 2),
    CREATE_CHILD_SA(36, 2),
    INFORMATIONAL(37, 2),
    /** Any value not listed above. */
    UNKNOWN(-1, 0);

    private static final Map<Integer, ExchangeType> BY_WIRE = new HashMap<>();

    static {
        for (ExchangeType t : values()) {
            if (t != UNKNOWN) {
                BY_WIRE.put(t.wire, t);
            }
        }
    }

    private final int wire;
    private final int ikeVersion;

    ExchangeType(int wire, int ikeVersion) {
        this.wire = wire;
        this.ikeVersion = ikeVersion;
    }

    /** The one-octet wire value; -1 for {@link #UNKNOWN}. */
    public int wire() {
        return wire;
    }

    /** 1 for ISAKMP exchanges, 2 for IKEv2 exchanges, 0 for {@link #UNKNOWN}. */
    public int ikeVersion() {
        return ikeVersion;
    }

    /** Maps a wire value to its constant, or {@link #UNKNOWN}. */
    public static ExchangeType fromWire(int wire) {
        return BY_WIRE.getOrDefault(wire, UNKNOWN);
    }
}
