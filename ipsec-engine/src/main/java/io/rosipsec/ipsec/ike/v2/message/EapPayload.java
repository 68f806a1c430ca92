package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;

/**
 * EAP payload: one EAP message, kept opaque. Only the EAP header is checked: at least 4 bytes and its Length field
 * equal to the payload body size (RFC 3748 §4).
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Payload  |C|  RESERVED   |         Payload Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                       EAP Message                             ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.16">RFC 7296 §3.16</a>
 */
public final class EapPayload extends IkePayload {
    private final byte[] message;

    public EapPayload(byte[] message) {
        this(false, message);
    }

    private EapPayload(boolean critical, byte[] message) {
        super(PayloadType.EAP.v2(), critical);
        this.message = message.clone();
    }

    public static EapPayload decode(boolean critical, ByteReader body) throws InvalidSyntaxException {
        int size = body.remaining();
        byte[] message = body.rest();
        if (size < 4) {
            throw new InvalidSyntaxException("EAP message shorter than its 4-byte header");
        }
        int eapLength = ((message[2] & 0xff) << 8) | (message[3] & 0xff);
        if (eapLength != size) {
            throw new InvalidSyntaxException("EAP length " + eapLength + " but payload carries " + size);
        }
        return new EapPayload(critical, message);
    }

    /** The whole EAP message (code, identifier, length, data). */
    public byte[] message() {
        return message.clone();
    }

    @Override
    protected int bodyLength() {
        return message.length;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.bytes(message);
    }

    @Override
    public String toString() {
        return "EAP[" + message.length + " bytes]";
    }
}
