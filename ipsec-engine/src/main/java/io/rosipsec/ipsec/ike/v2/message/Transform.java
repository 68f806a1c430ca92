package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One transform substructure of a proposal: a type (ENCR, PRF, INTEG, DH, ESN) and an algorithm ID, plus
 * attributes (in practice only Key Length). Algorithm IDs are plain ints here; the crypto layer maps them.
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Last Substruc |   RESERVED    |        Transform Length       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Transform Type |   RESERVED    |          Transform ID         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                      Transform Attributes                     ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.3.2">RFC 7296 §3.3.2</a>
 */
public final class Transform {
    /** Last Substruc value of a transform that is followed by another one. */
    static final int MORE = 3;

    private static final int HEADER = 8;

    private final int typeValue;
    private final int id;
    private final List<TransformAttribute> attributes;

    /** A transform with raw type value, ID and attributes. */
    public Transform(int typeValue, int id, List<TransformAttribute> attributes) {
        if (typeValue < 0 || typeValue > 0xff || id < 0 || id > 0xffff) {
            throw new IllegalArgumentException("transform type/id out of range: " + typeValue + "/" + id);
        }
        this.typeValue = typeValue;
        this.id = id;
        this.attributes = List.copyOf(attributes);
    }

    /** A transform without attributes. */
    public Transform(TransformType type, int id) {
        this(type.wire(), id, List.of());
    }

    /** A transform with a Key Length attribute (bits). */
    public Transform(TransformType type, int id, int keyLengthBits) {
        this(type.wire(), id, List.of(TransformAttribute.keyLength(keyLengthBits)));
    }

    /**
     * Reads one transform.
     *
     * @param last whether the caller expects this to be the last transform of the proposal
     */
    static Transform decode(ByteReader r, boolean last) throws InvalidSyntaxException {
        int lastSubstruc = r.u8();
        r.u8();
        int length = r.u16();
        if (lastSubstruc != (last ? 0 : MORE)) {
            throw new InvalidSyntaxException(
                    "transform Last Substruc " + lastSubstruc + " does not match the transform count");
        }
        if (length < HEADER) {
            throw new InvalidSyntaxException("transform length " + length + " below 8");
        }
        ByteReader body = r.slice(length - 4);
        int type = body.u8();
        body.u8();
        int id = body.u16();
        List<TransformAttribute> attrs = new ArrayList<>();
        while (body.hasRemaining()) {
            attrs.add(TransformAttribute.decode(body));
        }
        return new Transform(type, id, attrs);
    }

    void encode(ByteWriter w, boolean last) {
        w.u8(last ? 0 : MORE).u8(0).u16(length()).u8(typeValue).u8(0).u16(id);
        for (TransformAttribute a : attributes) {
            a.encode(w);
        }
    }

    /** Encoded size in bytes. */
    public int length() {
        int len = HEADER;
        for (TransformAttribute a : attributes) {
            len += a.length();
        }
        return len;
    }

    public int typeValue() {
        return typeValue;
    }

    public TransformType type() {
        return TransformType.fromWire(typeValue);
    }

    /** Algorithm ID within the transform type. */
    public int id() {
        return id;
    }

    public List<TransformAttribute> attributes() {
        return attributes;
    }

    /** The Key Length attribute in bits, if present. */
    public OptionalInt keyLength() {
        for (TransformAttribute a : attributes) {
            if (a.isKeyLength()) {
                return OptionalInt.of(a.attribute().value()[0] << 8 & 0xff00 | a.attribute().value()[1] & 0xff);
            }
        }
        return OptionalInt.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Transform t
                && t.typeValue == typeValue
                && t.id == id
                && t.attributes.equals(attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(typeValue, id, attributes);
    }

    @Override
    public String toString() {
        return type() + ":" + id + (attributes.isEmpty() ? "" : attributes.toString());
    }
}
