package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.Hex;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.nio.ByteBuffer;

/**
 * Notification payload (IPsec DOI). ISAKMP-level notifies (INITIAL-CONTACT, R-U-THERE/ACK) carry protocol ISAKMP
 * and the 16-byte cookie pair as SPI; RESPONDER-LIFETIME carries the ESP SPI and life attributes as data (RFC 2407
 * §4.6.3.1); R-U-THERE and its ACK carry a 32-bit sequence number (RFC 3706 §5).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ! Next Payload  !   RESERVED    !         Payload Length        !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !              Domain of Interpretation  (DOI)                  !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !  Protocol-ID  !   SPI Size    !      Notify Message Type      !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                Security Parameter Index (SPI)                 ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                       Notification Data                       ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3.14">RFC 2408 §3.14</a>
 */
public final class NotificationPayload extends IsakmpPayload {
    private final long doi;
    private final int protocolId;
    private final byte[] spi;
    private final int notifyType;
    private final byte[] data;

    public NotificationPayload(int protocolId, byte[] spi, int notifyType, byte[] data) {
        this(SaPayload.DOI_IPSEC, protocolId, spi, notifyType, data);
    }

    private NotificationPayload(long doi, int protocolId, byte[] spi, int notifyType, byte[] data) {
        super(PayloadType.NOTIFY.v1());
        if (protocolId < 0 || protocolId > 0xff || spi.length > 0xff || notifyType < 0 || notifyType > 0xffff) {
            throw new IllegalArgumentException("notification fields out of range");
        }
        this.doi = doi;
        this.protocolId = protocolId;
        this.spi = spi.clone();
        this.notifyType = notifyType;
        this.data = data.clone();
    }

    /** An ISAKMP-level notify whose SPI is the cookie pair CKY-I | CKY-R. */
    public static NotificationPayload isakmp(Ikev1NotifyType type, long ckyI, long ckyR, byte[] data) {
        byte[] spi = ByteBuffer.allocate(16).putLong(ckyI).putLong(ckyR).array();
        return new NotificationPayload(Ikev1ProtocolId.ISAKMP.wire(), spi, type.wire(), data);
    }

    /** An error notify without SPI (unencrypted phase-1 errors). */
    public static NotificationPayload error(Ikev1NotifyType type) {
        return new NotificationPayload(Ikev1ProtocolId.ISAKMP.wire(), new byte[0], type.wire(), new byte[0]);
    }

    /** Decodes the body. */
    public static NotificationPayload decode(ByteReader body) throws InvalidSyntaxException {
        long doi = body.u32();
        int protocol = body.u8();
        int spiSize = body.u8();
        int type = body.u16();
        byte[] spi = body.bytes(spiSize);
        return new NotificationPayload(doi, protocol, spi, type, body.rest());
    }

    public long doi() {
        return doi;
    }

    public int protocolId() {
        return protocolId;
    }

    public byte[] spi() {
        return spi.clone();
    }

    /** Raw notify message type. */
    public int notifyTypeValue() {
        return notifyType;
    }

    public Ikev1NotifyType notifyType() {
        return Ikev1NotifyType.fromWire(notifyType);
    }

    /** Whether the type is in the error range (1–8191). */
    public boolean isError() {
        return notifyType > 0 && notifyType < Ikev1NotifyType.FIRST_STATUS_TYPE;
    }

    public byte[] data() {
        return data.clone();
    }

    /** The 32-bit sequence number of R-U-THERE / R-U-THERE-ACK. */
    public long dpdSequence() throws InvalidSyntaxException {
        if (data.length != 4) {
            throw new InvalidSyntaxException("DPD notify with " + data.length + " bytes of data");
        }
        return new ByteReader(data).u32();
    }

    @Override
    protected int bodyLength() {
        return 8 + spi.length + data.length;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.u32(doi).u8(protocolId).u8(spi.length).u16(notifyType).bytes(spi).bytes(data);
    }

    @Override
    public String toString() {
        return "N(" + notifyType() + (notifyType() == Ikev1NotifyType.UNKNOWN ? " " + notifyType : "")
                + (data.length > 0 ? " " + Hex.encode(data) : "") + ")";
    }
}
