package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.Hex;

/**
 * Shared shape of the ISAKMP payloads whose body is one opaque octet string (KE, HASH, NONCE, VENDOR ID, NAT-D):
 * the generic header followed by the data.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3.7">RFC 2408 §3.7–§3.13</a>
 */
abstract class DataPayload extends IsakmpPayload {
    private final byte[] data;

    DataPayload(int type, byte[] data) {
        super(type);
        this.data = data.clone();
    }

    /** The payload data. */
    public final byte[] data() {
        return data.clone();
    }

    final int dataLength() {
        return data.length;
    }

    @Override
    protected final int bodyLength() {
        return data.length;
    }

    @Override
    protected final void encodeBody(ByteWriter w) {
        w.bytes(data);
    }

    @Override
    public String toString() {
        return payloadType() + "(" + (data.length <= 16 ? Hex.encode(data) : data.length + " bytes") + ")";
    }
}
