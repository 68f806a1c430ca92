package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;

/**
 * NAT-Discovery payload: {@code HASH(CKY-I | CKY-R | IP | Port)} with the negotiated phase-1 hash. Type 20 (RFC
 * 3947) or 130 (draft-ietf-ipsec-nat-t-ike-02/03, still sent by old peers); both decode to this class and keep
 * their type number.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Payload  |    RESERVED   |        Payload length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                 HASH of the address and port                  ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3947#section-3.2">RFC 3947 §3.2</a>
 */
public final class NatDPayload extends DataPayload {
    /** An RFC 3947 NAT-D (type 20). */
    public NatDPayload(byte[] hash) {
        this(PayloadType.NAT_D.v1(), hash);
    }

    private NatDPayload(int type, byte[] hash) {
        super(type, hash);
    }

    /**
     * Decodes the body of a type 20 or 130 payload.
     *
     * @param type the wire type (20 or 130)
     */
    public static NatDPayload decode(int type, ByteReader body) throws InvalidSyntaxException {
        byte[] hash = body.rest();
        if (hash.length == 0) {
            throw new InvalidSyntaxException("empty NAT-D payload");
        }
        return new NatDPayload(type, hash);
    }
}
