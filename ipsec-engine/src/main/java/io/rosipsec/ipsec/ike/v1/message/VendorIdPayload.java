package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;

/**
 * Vendor ID payload
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ! Next Payload  !   RESERVED    !         Payload Length        !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !                                                               !
 * ~                        announces DPD (RFC 3706), NAT-T (RFC 3947) and other extensions by a well-known hash.                         ~
 * !                                                               !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-Vendor ID (VID)">RFC 2408 §Vendor ID (VID)</a>
 */
public final class VendorIdPayload extends DataPayload {
    public VendorIdPayload(byte[] data) {
        super(PayloadType.VENDOR_ID.v1(), data);
    }

    /** Decodes the body. */
    public static VendorIdPayload decode(ByteReader body) throws InvalidSyntaxException {
        byte[] data = body.rest();
        return new VendorIdPayload(data);
    }
}
