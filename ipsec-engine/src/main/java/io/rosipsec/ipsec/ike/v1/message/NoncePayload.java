package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;

/**
 * Nonce payload; RFC 2409 §5 asks for 8 to 256 bytes, which decoding enforces.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ! Next Payload  !   RESERVED    !         Payload Length        !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !                                                               !
 * ~                       Nonce Data                         ~
 * !                                                               !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3.13">RFC 2408 §3.13</a>
 */
public final class NoncePayload extends DataPayload {
    /** Shortest nonce RFC 2409 §5 allows. */
    public static final int MIN_LENGTH = 8;
    /** Longest nonce RFC 2409 §5 allows. */
    public static final int MAX_LENGTH = 256;

    public NoncePayload(byte[] data) {
        super(PayloadType.NONCE.v1(), data);
    }

    /** Decodes the body. */
    public static NoncePayload decode(ByteReader body) throws InvalidSyntaxException {
        byte[] data = body.rest();
        if (data.length < MIN_LENGTH || data.length > MAX_LENGTH) {
            throw new InvalidSyntaxException("nonce of " + data.length + " bytes outside 8..256");
        }
        return new NoncePayload(data);
    }
}
