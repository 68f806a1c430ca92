package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.PayloadHeader;
import io.rosipsec.ipsec.ike.wire.PayloadType;

/**
 * Base of every ISAKMP payload: owns the generic payload header (RFC 2408 §3.2, whose second octet is wholly
 * reserved). Subclasses encode only their body; the next-payload value comes from the chain. Proposal and
 * Transform payloads, which chain inside an SA payload, share this base.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ! Next Payload  !   RESERVED    !         Payload Length        !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3.2">RFC 2408 §3.2</a>
 */
public abstract class IsakmpPayload {
    private final int type;

    IsakmpPayload(int type) {
        if (type < 0 || type > 0xff) {
            throw new IllegalArgumentException("payload type out of range: " + type);
        }
        this.type = type;
    }

    /** ISAKMP wire value of the payload type. */
    public final int type() {
        return type;
    }

    /** The payload type as a registry constant ({@link PayloadType#UNKNOWN} for unsupported types). */
    public final PayloadType payloadType() {
        return PayloadType.fromV1Wire(type);
    }

    /** Encoded body size, without the generic header. */
    protected abstract int bodyLength();

    /** Writes the body (everything after the generic header). */
    protected abstract void encodeBody(ByteWriter w);

    /** Encoded size including the 4-byte generic header. */
    public final int length() {
        return PayloadHeader.LENGTH + bodyLength();
    }

    /** Writes the generic header and the body. */
    public final void encode(ByteWriter w, int nextPayload) {
        int len = length();
        if (len > 0xffff) {
            throw new IllegalStateException("payload too long: " + len);
        }
        PayloadHeader.encode(w, nextPayload, false, len);
        encodeBody(w);
    }

    /** The encoded payload alone. */
    public final byte[] toBytes(int nextPayload) {
        ByteWriter w = new ByteWriter(length());
        encode(w, nextPayload);
        return w.toByteArray();
    }

    /**
     * The body without the generic header: SAi_b and IDii_b of RFC 2409 §5 (HASH_I/HASH_R inputs) are bodies.
     */
    public final byte[] body() {
        ByteWriter w = new ByteWriter(bodyLength());
        encodeBody(w);
        return w.toByteArray();
    }

    @Override
    public String toString() {
        return payloadType() + "(" + length() + ")";
    }
}
