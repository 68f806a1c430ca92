package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;

/**
 * Hash payload
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ! Next Payload  !   RESERVED    !         Payload Length        !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !                                                               !
 * ~                        HASH_I/HASH_R of phase 1 (RFC 2409 §5) or HASH(1)(2)(3) of Quick Mode and Informational exchanges (RFC 2409 §5.5, §5.7).                         ~
 * !                                                               !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-Hash Data">RFC 2408 §Hash Data</a>
 */
public final class HashPayload extends DataPayload {
    public HashPayload(byte[] data) {
        super(PayloadType.HASH.v1(), data);
    }

    /** Decodes the body. */
    public static HashPayload decode(ByteReader body) throws InvalidSyntaxException {
        byte[] data = body.rest();
        if (data.length == 0) {
            throw new InvalidSyntaxException("empty 3.11:HASH payload");
        }
        return new HashPayload(data);
    }
}
