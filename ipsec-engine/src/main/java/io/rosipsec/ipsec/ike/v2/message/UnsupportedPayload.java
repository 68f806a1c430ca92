package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.UnsupportedCriticalPayloadException;

/**
 * A payload of a type we do not implement. With the critical bit set the whole message is rejected with
 * UNSUPPORTED_CRITICAL_PAYLOAD; otherwise the payload is kept (so the chain still encodes to the same bytes) and
 * skipped by {@link MessageRules} and the tasks.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-2.5">RFC 7296 §2.5, §3.2</a>
 */
public final class UnsupportedPayload extends IkePayload {
    private final byte[] body;

    private UnsupportedPayload(int type, byte[] body) {
        super(type, false);
        this.body = body;
    }

    /**
     * Keeps a non-critical unknown payload.
     *
     * @throws UnsupportedCriticalPayloadException if the critical bit is set
     */
    public static UnsupportedPayload decode(int type, boolean critical, ByteReader body)
            throws UnsupportedCriticalPayloadException {
        if (critical) {
            throw new UnsupportedCriticalPayloadException(type);
        }
        return new UnsupportedPayload(type, body.rest());
    }

    public byte[] body() {
        return body.clone();
    }

    @Override
    protected int bodyLength() {
        return body.length;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.bytes(body);
    }

    @Override
    public String toString() {
        return "UNSUPPORTED(" + type() + ", " + body.length + " bytes)";
    }
}
