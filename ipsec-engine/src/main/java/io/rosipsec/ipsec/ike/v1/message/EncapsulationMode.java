package io.rosipsec.ipsec.ike.v1.message;

/**
 * Encapsulation Mode attribute values of phase-2 transforms: plain tunnel/transport (RFC 2407 §4.5) and the
 * UDP-encapsulated variants of RFC 3947 §5.2 (3, 4) with the draft values still sent by old peers (61443, 61444,
 * strongSwan {@code proposal_substructure.c}).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3947#section-5.2">RFC 3947 §5.2</a>
 */
public enum EncapsulationMode {
    TUNNEL(1, true, false),
    TRANSPORT(2, false, false),
    UDP_TUNNEL(3, true, true),
    UDP_TRANSPORT(4, false, true),
    UDP_TUNNEL_DRAFT(61443, true, true),
    UDP_TRANSPORT_DRAFT(61444, false, true),
    /** Any value not listed above. */
    UNKNOWN(-1, false, false);

    private final int wire;
    private final boolean tunnel;
    private final boolean udp;

    EncapsulationMode(int wire, boolean tunnel, boolean udp) {
        this.wire = wire;
        this.tunnel = tunnel;
        this.udp = udp;
    }

    /** The wire value; -1 for {@link #UNKNOWN}. */
    public int wire() {
        return wire;
    }

    /** Tunnel (as opposed to transport) mode. */
    public boolean isTunnel() {
        return tunnel;
    }

    /** Whether ESP is UDP-encapsulated (RFC 3948). */
    public boolean isUdp() {
        return udp;
    }

    /** The RFC 3947 value for a mode and encapsulation. */
    public static EncapsulationMode of(boolean tunnel, boolean udp) {
        if (udp) {
            return tunnel ? UDP_TUNNEL : UDP_TRANSPORT;
        }
        return tunnel ? TUNNEL : TRANSPORT;
    }

    /** Maps a wire value to its constant, or {@link #UNKNOWN}. */
    public static EncapsulationMode fromWire(int wire) {
        for (EncapsulationMode m : values()) {
            if (m.wire == wire) {
                return m;
            }
        }
        return UNKNOWN;
    }
}
