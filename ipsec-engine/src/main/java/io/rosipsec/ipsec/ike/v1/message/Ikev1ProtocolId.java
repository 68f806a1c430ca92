package io.rosipsec.ipsec.ike.v1.message;

import java.util.Optional;

/**
 * IPsec DOI Security Protocol Identifiers, used in Proposal, Notification and Delete payloads.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2407#section-4.4.1">RFC 2407 §4.4.1</a>
 */
public enum Ikev1ProtocolId {
    ISAKMP(1),
    AH(2),
    ESP(3),
    IPCOMP(4);

    private final int wire;

    Ikev1ProtocolId(int wire) {
        this.wire = wire;
    }

    public int wire() {
        return wire;
    }

    /** Maps a wire value; unknown values give an empty result. */
    public static Optional<Ikev1ProtocolId> fromWire(int wire) {
        for (Ikev1ProtocolId p : values()) {
            if (p.wire == wire) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
