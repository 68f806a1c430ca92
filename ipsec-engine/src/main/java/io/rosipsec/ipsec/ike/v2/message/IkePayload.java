package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.PayloadHeader;
import io.rosipsec.ipsec.ike.wire.PayloadType;

/**
 * Base of every IKEv2 payload: owns the generic payload header (type, critical bit, length). Subclasses only encode
 * their body; the next-payload value comes from the message that chains them.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.2">RFC 7296 §3.2</a>
 */
public abstract class IkePayload {
    private final int type;
    private final boolean critical;

    IkePayload(int type, boolean critical) {
        if (type < 0 || type > 0xff) {
            throw new IllegalArgumentException("payload type out of range: " + type);
        }
        this.type = type;
        this.critical = critical;
    }

    /** IKEv2 wire value of the payload type. */
    public final int type() {
        return type;
    }

    /** The payload type as a registry constant ({@link PayloadType#UNKNOWN} for unsupported types). */
    public final PayloadType payloadType() {
        return PayloadType.fromV2Wire(type);
    }

    /** The critical bit as received (payloads we build send 0, RFC 7296 §2.5). */
    public final boolean isCritical() {
        return critical;
    }

    /** Encoded body size, without the generic header. */
    protected abstract int bodyLength();

    /** Writes the body (everything after the generic header). */
    protected abstract void encodeBody(ByteWriter w);

    /** Encoded size including the 4-byte generic header. */
    public final int length() {
        return PayloadHeader.LENGTH + bodyLength();
    }

    /**
     * Writes generic header and body.
     *
     * @param nextPayload type of the payload that follows in the chain, 0 for the last one (ignored by {@link
     *     SkPayload}, whose Next Payload names its first inner payload)
     */
    public final void encode(ByteWriter w, int nextPayload) {
        int len = length();
        if (len > 0xffff) {
            throw new IllegalStateException("payload too long: " + len);
        }
        PayloadHeader.encode(w, headerNextPayload(nextPayload), critical, len);
        encodeBody(w);
    }

    /** The value for the Next Payload field given the chain's next payload. */
    int headerNextPayload(int chainNext) {
        return chainNext;
    }

    /** Convenience: the encoded payload alone. */
    public final byte[] toBytes(int nextPayload) {
        ByteWriter w = new ByteWriter(length());
        encode(w, nextPayload);
        return w.toByteArray();
    }
}
