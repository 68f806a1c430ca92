package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;

/**
 * Key Exchange payload: DH group number and the public value. Whether the value's length fits the group is checked
 * by the key exchange, which knows the group sizes.
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Payload  |C|  RESERVED   |         Payload Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Diffie-Hellman Group Num    |           RESERVED            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                       Key Exchange Data                       ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.4">RFC 7296 §3.4</a>
 */
public final class KePayload extends IkePayload {
    private final int dhGroup;
    private final byte[] keyData;

    public KePayload(int dhGroup, byte[] keyData) {
        this(false, dhGroup, keyData);
    }

    private KePayload(boolean critical, int dhGroup, byte[] keyData) {
        super(PayloadType.KE.v2(), critical);
        if (dhGroup < 0 || dhGroup > 0xffff || keyData.length == 0) {
            throw new IllegalArgumentException("bad KE group " + dhGroup + " or empty key data");
        }
        this.dhGroup = dhGroup;
        this.keyData = keyData.clone();
    }

    /** Decodes the body; an empty key exchange value is a syntax error. */
    public static KePayload decode(boolean critical, ByteReader body) throws InvalidSyntaxException {
        int group = body.u16();
        body.u16();
        byte[] data = body.rest();
        if (data.length == 0) {
            throw new InvalidSyntaxException("KE payload without key exchange data");
        }
        return new KePayload(critical, group, data);
    }

    /** Diffie-Hellman group (transform type 4 ID). */
    public int dhGroup() {
        return dhGroup;
    }

    public byte[] keyData() {
        return keyData.clone();
    }

    @Override
    protected int bodyLength() {
        return 4 + keyData.length;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.u16(dhGroup).u16(0).bytes(keyData);
    }

    @Override
    public String toString() {
        return "KE[group " + dhGroup + ", " + keyData.length + " bytes]";
    }
}
