package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.IkeAttribute;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.util.List;
import java.util.Optional;

/**
 * Transform payload inside a Proposal payload: a transform ID and its SA attributes (TV or TLV). Phase-1
 * transforms (ID 1, KEY_IKE) carry {@link Phase1Attribute}s, phase-2 transforms (the ESP transform ID) carry
 * {@link Phase2Attribute}s; {@link Phase1Offer} and {@link Phase2Offer} translate them.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ! Next Payload  !   RESERVED    !         Payload Length        !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !  Transform #  !  Transform-Id !           RESERVED2           !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                        SA Attributes                          ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3.6">RFC 2408 §3.6</a>
 */
public final class TransformPayload extends IsakmpPayload {
    /** Transform ID of every phase-1 transform (RFC 2407 §4.4.1). */
    public static final int KEY_IKE = 1;

    private final int number;
    private final int transformId;
    private final List<IkeAttribute> attributes;

    public TransformPayload(int number, int transformId, List<IkeAttribute> attributes) {
        super(PayloadType.TRANSFORM.v1());
        if (number < 0 || number > 0xff || transformId < 0 || transformId > 0xff) {
            throw new IllegalArgumentException("transform number or ID out of range");
        }
        this.number = number;
        this.transformId = transformId;
        this.attributes = List.copyOf(attributes);
    }

    /** Decodes the body after the generic header. */
    public static TransformPayload decode(ByteReader body) throws InvalidSyntaxException {
        int number = body.u8();
        int id = body.u8();
        body.skip(2);
        return new TransformPayload(number, id, IkeAttribute.decodeAll(body));
    }

    public int number() {
        return number;
    }

    public int transformId() {
        return transformId;
    }

    public List<IkeAttribute> attributes() {
        return attributes;
    }

    /** The integer value of the first attribute of a type (TV, or TLV of up to four bytes). */
    public Optional<Long> attribute(int type) throws InvalidSyntaxException {
        for (IkeAttribute a : attributes) {
            if (a.type() == type) {
                return Optional.of(a.longValue());
            }
        }
        return Optional.empty();
    }

    @Override
    protected int bodyLength() {
        int n = 4;
        for (IkeAttribute a : attributes) {
            n += a.length();
        }
        return n;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.u8(number).u8(transformId).u16(0);
        for (IkeAttribute a : attributes) {
            a.encode(w);
        }
    }

    @Override
    public String toString() {
        return "T#" + number + "(id=" + transformId + " " + attributes + ")";
    }
}
