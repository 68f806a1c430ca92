package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.Hex;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;

/**
 * Vendor ID payload: an opaque vendor-defined constant (usually a hash).
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Payload  |C|  RESERVED   |         Payload Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                        Vendor ID (VID)                        ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.12">RFC 7296 §3.12</a>
 */
public final class VendorIdPayload extends IkePayload {
    private final byte[] vendorId;

    public VendorIdPayload(byte[] vendorId) {
        this(false, vendorId);
    }

    private VendorIdPayload(boolean critical, byte[] vendorId) {
        super(PayloadType.VENDOR_ID.v2(), critical);
        if (vendorId.length == 0) {
            throw new IllegalArgumentException("empty vendor ID");
        }
        this.vendorId = vendorId.clone();
    }

    /** Decodes the body; an empty Vendor ID is a syntax error. */
    public static VendorIdPayload decode(boolean critical, ByteReader body) throws InvalidSyntaxException {
        if (!body.hasRemaining()) {
            throw new InvalidSyntaxException("empty vendor ID");
        }
        return new VendorIdPayload(critical, body.rest());
    }

    public byte[] vendorId() {
        return vendorId.clone();
    }

    @Override
    protected int bodyLength() {
        return vendorId.length;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.bytes(vendorId);
    }

    @Override
    public String toString() {
        return "V[" + Hex.encode(vendorId) + "]";
    }
}
