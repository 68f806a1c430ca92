package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.nio.charset.StandardCharsets;

/**
 * Identification payload, IDi (type 35) or IDr (type 36). {@link #body()} returns the bytes after the generic
 * header (ID type, 3 reserved bytes, data), which is the IDx' input of the AUTH computation (RFC 7296 §2.15).
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Payload  |C|  RESERVED   |         Payload Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   ID Type     |                 RESERVED                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                   Identification Data                         ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.5">RFC 7296 §3.5</a>
 */
public final class IdPayload extends IkePayload {
    private final int idTypeValue;
    private final byte[] data;

    /**
     * @param initiator true for IDi, false for IDr
     */
    public IdPayload(boolean initiator, IdType idType, byte[] data) {
        this(initiator ? PayloadType.ID_INITIATOR.v2() : PayloadType.ID_RESPONDER.v2(), false, idType.wire(), data);
    }

    /** An FQDN identity ({@code a.test}). */
    public static IdPayload fqdn(boolean initiator, String name) {
        return new IdPayload(initiator, IdType.FQDN, name.getBytes(StandardCharsets.US_ASCII));
    }

    private IdPayload(int type, boolean critical, int idTypeValue, byte[] data) {
        super(type, critical);
        if (idTypeValue < 0 || idTypeValue > 0xff) {
            throw new IllegalArgumentException("ID type out of range: " + idTypeValue);
        }
        this.idTypeValue = idTypeValue;
        this.data = data.clone();
    }

    /**
     * Decodes IDi or IDr; address types must carry 4 (IPv4) or 16 (IPv6) bytes and no type may have empty data.
     *
     * @param type 35 (IDi) or 36 (IDr)
     */
    public static IdPayload decode(int type, boolean critical, ByteReader body) throws InvalidSyntaxException {
        int idType = body.u8();
        body.skip(3);
        byte[] data = body.rest();
        IdType known = IdType.fromWire(idType);
        if (known == IdType.IPV4_ADDR && data.length != 4
                || known == IdType.IPV6_ADDR && data.length != 16) {
            throw new InvalidSyntaxException(known + " identity of " + data.length + " bytes");
        }
        if (data.length == 0 && known != IdType.NULL_ID) {
            throw new InvalidSyntaxException("empty identification data");
        }
        return new IdPayload(type, critical, idType, data);
    }

    public boolean isInitiator() {
        return type() == PayloadType.ID_INITIATOR.v2();
    }

    public int idTypeValue() {
        return idTypeValue;
    }

    public IdType idType() {
        return IdType.fromWire(idTypeValue);
    }

    public byte[] data() {
        return data.clone();
    }

    /** ID type, three reserved zero bytes and data: the IDx' of RFC 7296 §2.15. */
    public byte[] body() {
        ByteWriter w = new ByteWriter(bodyLength());
        encodeBody(w);
        return w.toByteArray();
    }

    @Override
    protected int bodyLength() {
        return 4 + data.length;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.u8(idTypeValue).u8(0).u16(0).bytes(data);
    }

    @Override
    public String toString() {
        String shown =
                switch (idType()) {
                    case FQDN, RFC822_ADDR, KEY_ID -> new String(data, StandardCharsets.ISO_8859_1);
                    default -> io.rosipsec.ipsec.ike.wire.Hex.encode(data);
                };
        return (isInitiator() ? "IDi[" : "IDr[") + idType() + " " + shown + "]";
    }
}
