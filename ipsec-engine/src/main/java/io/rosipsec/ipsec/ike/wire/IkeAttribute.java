package io.rosipsec.ipsec.ike.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A data attribute in TV (Type/Value, AF = 1, 2-byte value) or TLV (Type/Length/Value, AF = 0) form, as used by
 * IKEv2 transform attributes and ISAKMP SA attributes.
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |A|       Attribute Type        |    AF=0  Attribute Length     |
 * |F|                             |    AF=1  Attribute Value      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                   AF=0  Attribute Value                       |
 * |                   AF=1  Not Transmitted                       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.3.5">RFC 7296 §3.3.5</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3.3">RFC 2408 §3.3</a>
 */
public final class IkeAttribute {
    private static final int AF_BIT = 0x8000;

    private final int type;
    private final boolean tv;
    private final byte[] value;

    private IkeAttribute(int type, boolean tv, byte[] value) {
        if (type < 0 || type > 0x7fff) {
            throw new IllegalArgumentException("attribute type out of range: " + type);
        }
        if (tv ? value.length != 2 : value.length > 0xffff) {
            throw new IllegalArgumentException("bad attribute value length " + value.length);
        }
        this.type = type;
        this.tv = tv;
        this.value = value;
    }

    /** A TV (basic) attribute with a 16-bit value. */
    public static IkeAttribute tv(int type, int value) {
        if (value < 0 || value > 0xffff) {
            throw new IllegalArgumentException("TV value out of range: " + value);
        }
        return new IkeAttribute(type, true, new byte[] {(byte) (value >>> 8), (byte) value});
    }

    /** A TLV (variable) attribute. */
    public static IkeAttribute tlv(int type, byte[] value) {
        return new IkeAttribute(type, false, value.clone());
    }

    /**
     * TV if the value fits 16 bits, else TLV with the shortest 4-byte big-endian form (RFC 2409 App. A allows
     * either for life durations).
     */
    public static IkeAttribute basicOrVariable(int type, long value) {
        if (value < 0 || value > 0xffffffffL) {
            throw new IllegalArgumentException("value out of range: " + value);
        }
        if (value <= 0xffff) {
            return tv(type, (int) value);
        }
        return new IkeAttribute(
                type,
                false,
                new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    /** Reads one attribute. */
    public static IkeAttribute decode(ByteReader r) throws InvalidSyntaxException {
        int word = r.u16();
        int type = word & 0x7fff;
        if ((word & AF_BIT) != 0) {
            return new IkeAttribute(type, true, r.bytes(2));
        }
        int len = r.u16();
        return new IkeAttribute(type, false, r.bytes(len));
    }

    /** Reads attributes until the reader is exhausted. */
    public static List<IkeAttribute> decodeAll(ByteReader r) throws InvalidSyntaxException {
        List<IkeAttribute> out = new ArrayList<>();
        while (r.hasRemaining()) {
            out.add(decode(r));
        }
        return out;
    }

    public void encode(ByteWriter w) {
        if (tv) {
            w.u16(AF_BIT | type).bytes(value);
        } else {
            w.u16(type).u16(value.length).bytes(value);
        }
    }

    /** Encoded size in bytes. */
    public int length() {
        return tv ? 4 : 4 + value.length;
    }

    /** Attribute type without the AF bit. */
    public int type() {
        return type;
    }

    /** True for TV (AF = 1) form. */
    public boolean isTv() {
        return tv;
    }

    /** The value bytes (2 for TV). */
    public byte[] value() {
        return value.clone();
    }

    /**
     * The value as an unsigned integer: the 16-bit TV value, or a TLV value of 1 to 4 bytes (wider values throw).
     */
    public long longValue() throws InvalidSyntaxException {
        if (value.length == 0 || value.length > 4) {
            throw new InvalidSyntaxException(
                    "attribute " + type + " value of " + value.length + " bytes is not an integer");
        }
        long v = 0;
        for (byte b : value) {
            v = (v << 8) | (b & 0xff);
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IkeAttribute a
                && a.type == type
                && a.tv == tv
                && Arrays.equals(a.value, value);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * type + (tv ? 1 : 0)) + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return (tv ? "TV(" : "TLV(") + type + "=" + Hex.encode(value) + ")";
    }
}
