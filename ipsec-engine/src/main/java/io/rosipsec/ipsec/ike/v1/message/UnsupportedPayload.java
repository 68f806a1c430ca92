package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;

/**
 * A payload type this implementation does not interpret (CERT, CR, SIG, NAT-OA, mode-config ATTRIBUTE, private
 * types): its body is kept so the message re-encodes byte for byte. ISAKMP has no critical bit; the message rules
 * ignore such payloads.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ! Next Payload  !   RESERVED    !         Payload Length        !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                       (uninterpreted body)                    ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3.2">RFC 2408 §3.2</a>
 */
public final class UnsupportedPayload extends IsakmpPayload {
    private final byte[] raw;

    public UnsupportedPayload(int type, byte[] body) {
        super(type);
        this.raw = body.clone();
    }

    static UnsupportedPayload decode(int type, ByteReader body) {
        return new UnsupportedPayload(type, body.rest());
    }

    @Override
    protected int bodyLength() {
        return raw.length;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.bytes(raw);
    }
}
