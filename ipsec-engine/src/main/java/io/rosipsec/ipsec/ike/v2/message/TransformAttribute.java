package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.IkeAttribute;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;

/**
 * One transform attribute. IKEv2 defines only Key Length (type 14), which MUST be sent in TV form; other types are
 * kept as received so that a proposal can be echoed unchanged.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.3.5">RFC 7296 §3.3.5</a>
 */
public final class TransformAttribute {
    /** Attribute type of Key Length. */
    public static final int KEY_LENGTH = 14;

    private final IkeAttribute attribute;

    /** Wraps a generic attribute. */
    public TransformAttribute(IkeAttribute attribute) {
        this.attribute = attribute;
    }

    /** A Key Length attribute in TV form (key size in bits). */
    public static TransformAttribute keyLength(int bits) {
        return new TransformAttribute(IkeAttribute.tv(KEY_LENGTH, bits));
    }

    /** Reads one attribute; a Key Length in TLV form is a syntax error (RFC 7296 §3.3.5). */
    public static TransformAttribute decode(ByteReader r) throws InvalidSyntaxException {
        IkeAttribute a = IkeAttribute.decode(r);
        if (a.type() == KEY_LENGTH && !a.isTv()) {
            throw new InvalidSyntaxException("Key Length attribute must use TV format");
        }
        return new TransformAttribute(a);
    }

    public void encode(ByteWriter w) {
        attribute.encode(w);
    }

    public int length() {
        return attribute.length();
    }

    public int type() {
        return attribute.type();
    }

    public boolean isKeyLength() {
        return attribute.type() == KEY_LENGTH;
    }

    /** The generic attribute. */
    public IkeAttribute attribute() {
        return attribute;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransformAttribute t && t.attribute.equals(attribute);
    }

    @Override
    public int hashCode() {
        return attribute.hashCode();
    }

    @Override
    public String toString() {
        return attribute.toString();
    }
}
