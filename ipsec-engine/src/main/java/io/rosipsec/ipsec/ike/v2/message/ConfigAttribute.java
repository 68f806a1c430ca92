package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.Hex;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import java.util.Arrays;
import java.util.Objects;

/**
 * One configuration attribute of a CP payload. Unlike transform attributes these have no TV form: the first bit is
 * reserved and the value is always length-prefixed (an empty value requests the attribute).
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |R|         Attribute Type      |            Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                                               |
 * ~                             Value                             ~
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.15.1">RFC 7296 §3.15.1</a>
 */
public final class ConfigAttribute {
    private final int typeValue;
    private final byte[] value;

    public ConfigAttribute(int typeValue, byte[] value) {
        if (typeValue < 0 || typeValue > 0x7fff || value.length > 0xffff) {
            throw new IllegalArgumentException("config attribute out of range");
        }
        this.typeValue = typeValue;
        this.value = value.clone();
    }

    public ConfigAttribute(ConfigAttributeType type, byte[] value) {
        this(type.wire(), value);
    }

    static ConfigAttribute decode(ByteReader r) throws InvalidSyntaxException {
        int type = r.u16() & 0x7fff;
        int len = r.u16();
        return new ConfigAttribute(type, r.bytes(len));
    }

    void encode(ByteWriter w) {
        w.u16(typeValue).u16(value.length).bytes(value);
    }

    public int length() {
        return 4 + value.length;
    }

    public int typeValue() {
        return typeValue;
    }

    public ConfigAttributeType type() {
        return ConfigAttributeType.fromWire(typeValue);
    }

    public byte[] value() {
        return value.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigAttribute a && a.typeValue == typeValue && Arrays.equals(a.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(typeValue, Arrays.hashCode(value));
    }

    @Override
    public String toString() {
        return type() + "(" + typeValue + ")=" + Hex.encode(value);
    }
}
