package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.Hex;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import io.rosipsec.ipsec.ike.wire.PayloadType;

/**
 * Notify payload: error or status notification, optionally naming an SA by protocol and SPI. The raw type number is
 * kept, so unknown types survive a round trip; an unknown type below 16384 is still an error ({@link #isError()}).
 * The data of a few well-known types is length-checked: COOKIE 1..64 bytes, INVALID_KE_PAYLOAD 2 bytes,
 * NAT_DETECTION_*_IP 20 bytes (SHA-1).
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Payload  |C|  RESERVED   |         Payload Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Protocol ID  |   SPI Size    |      Notify Message Type      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                Security Parameter Index (SPI)                 ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                       Notification Data                       ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.10">RFC 7296 §3.10</a>
 */
public final class NotifyPayload extends IkePayload {
    private final int protocolValue;
    private final byte[] spi;
    private final int notifyTypeValue;
    private final byte[] data;

    /** A notify with a raw type number. */
    public NotifyPayload(int protocolValue, byte[] spi, int notifyTypeValue, byte[] data) {
        this(false, protocolValue, spi, notifyTypeValue, data);
    }

    /** A notify about the IKE SA itself (protocol 0, no SPI). */
    public NotifyPayload(NotifyType type, byte[] data) {
        this(0, new byte[0], type.wire(), data);
    }

    /** A notify about a Child SA (e.g. REKEY_SA with protocol ESP and the old inbound SPI). */
    public NotifyPayload(ProtocolId protocol, byte[] spi, NotifyType type, byte[] data) {
        this(protocol.wire(), spi, type.wire(), data);
    }

    /** The error notify that reports a protocol exception. */
    public static NotifyPayload of(IkeProtocolException e) {
        return new NotifyPayload(e.notifyType(), e.notifyData());
    }

    private NotifyPayload(boolean critical, int protocolValue, byte[] spi, int typeValue, byte[] data) {
        super(PayloadType.NOTIFY.v2(), critical);
        if (protocolValue < 0 || protocolValue > 0xff || spi.length > 0xff || typeValue < 0 || typeValue > 0xffff) {
            throw new IllegalArgumentException("notify field out of range");
        }
        this.protocolValue = protocolValue;
        this.spi = spi.clone();
        this.notifyTypeValue = typeValue;
        this.data = data.clone();
    }

    public static NotifyPayload decode(boolean critical, ByteReader body) throws InvalidSyntaxException {
        int protocol = body.u8();
        int spiSize = body.u8();
        int type = body.u16();
        byte[] spi = body.bytes(spiSize);
        byte[] data = body.rest();
        checkData(NotifyType.fromWire(type), data.length);
        return new NotifyPayload(critical, protocol, spi, type, data);
    }

    private static void checkData(NotifyType type, int len) throws InvalidSyntaxException {
        boolean ok =
                switch (type) {
                    case COOKIE -> len >= 1 && len <= 64;
                    case INVALID_KE_PAYLOAD -> len == 2;
                    case NAT_DETECTION_SOURCE_IP, NAT_DETECTION_DESTINATION_IP -> len == 20;
                    default -> true;
                };
        if (!ok) {
            throw new InvalidSyntaxException(type + " notify with " + len + " bytes of data");
        }
    }

    public int protocolValue() {
        return protocolValue;
    }

    public ProtocolId protocol() {
        return ProtocolId.fromWire(protocolValue);
    }

    public byte[] spi() {
        return spi.clone();
    }

    public int notifyTypeValue() {
        return notifyTypeValue;
    }

    public NotifyType notifyType() {
        return NotifyType.fromWire(notifyTypeValue);
    }

    /** True for error types, known or not (below 16384). */
    public boolean isError() {
        return NotifyType.isErrorValue(notifyTypeValue);
    }

    public byte[] data() {
        return data.clone();
    }

    @Override
    protected int bodyLength() {
        return 4 + spi.length + data.length;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.u8(protocolValue).u8(spi.length).u16(notifyTypeValue).bytes(spi).bytes(data);
    }

    @Override
    public String toString() {
        NotifyType t = notifyType();
        return "N(" + (t == NotifyType.UNKNOWN ? Integer.toString(notifyTypeValue) : t.name())
                + (spi.length > 0 ? " spi=" + Hex.encode(spi) : "")
                + (data.length > 0 ? " " + Hex.encode(data) : "")
                + ")";
    }
}
