package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;

/**
 * Key Exchange payload
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ! Next Payload  !   RESERVED    !         Payload Length        !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !                                                               !
 * ~                        the DH public value g^x in the group's KE encoding (RFC 2409 §5, RFC 5903 §7 for ECP).                         ~
 * !                                                               !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-Key Exchange Data">RFC 2408 §Key Exchange Data</a>
 */
public final class KePayload extends DataPayload {
    public KePayload(byte[] data) {
        super(PayloadType.KE.v1(), data);
    }

    /** Decodes the body. */
    public static KePayload decode(ByteReader body) throws InvalidSyntaxException {
        byte[] data = body.rest();
        if (data.length == 0) {
            throw new InvalidSyntaxException("empty 3.7:KE payload");
        }
        return new KePayload(data);
    }
}
