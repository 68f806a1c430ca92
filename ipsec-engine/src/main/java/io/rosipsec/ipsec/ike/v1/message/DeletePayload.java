package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Delete payload: the SAs a peer has removed. For the ISAKMP SA the protocol is ISAKMP and the SPI is the 16-byte
 * cookie pair; for ESP the 4-byte inbound SPIs of the sender (RFC 2409 §5.7, project spec §1.2).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ! Next Payload  !   RESERVED    !         Payload Length        !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !              Domain of Interpretation  (DOI)                  !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !  Protocol-Id  !   SPI Size    !           # of SPIs           !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~               Security Parameter Index(es) (SPI)              ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3.15">RFC 2408 §3.15</a>
 */
public final class DeletePayload extends IsakmpPayload {
    private final int protocolId;
    private final int spiSize;
    private final List<byte[]> spis;

    public DeletePayload(int protocolId, int spiSize, List<byte[]> spis) {
        super(PayloadType.DELETE.v1());
        if (protocolId < 0 || protocolId > 0xff || spiSize < 0 || spiSize > 0xff || spis.size() > 0xffff) {
            throw new IllegalArgumentException("delete fields out of range");
        }
        List<byte[]> copy = new ArrayList<>();
        for (byte[] s : spis) {
            if (s.length != spiSize) {
                throw new IllegalArgumentException("SPI of " + s.length + " bytes, size says " + spiSize);
            }
            copy.add(s.clone());
        }
        this.protocolId = protocolId;
        this.spiSize = spiSize;
        this.spis = List.copyOf(copy);
    }

    /** Deletes the ISAKMP SA named by its cookies. */
    public static DeletePayload isakmp(long ckyI, long ckyR) {
        return new DeletePayload(Ikev1ProtocolId.ISAKMP.wire(), 16,
                List.of(ByteBuffer.allocate(16).putLong(ckyI).putLong(ckyR).array()));
    }

    /** Deletes ESP SAs by their 4-byte SPIs. */
    public static DeletePayload esp(int... spis) {
        return ipsec(Ikev1ProtocolId.ESP, spis);
    }

    /** Deletes ESP or AH SAs ({@code protocol}, RFC 2407 §4.4.1) by their 4-byte SPIs. */
    public static DeletePayload ipsec(Ikev1ProtocolId protocol, int... spis) {
        List<byte[]> l = new ArrayList<>();
        for (int s : spis) {
            l.add(ByteBuffer.allocate(4).putInt(s).array());
        }
        return new DeletePayload(protocol.wire(), 4, l);
    }

    /** Decodes the body; the SPI count and size must fill it exactly. */
    public static DeletePayload decode(ByteReader body) throws InvalidSyntaxException {
        body.u32(); // DOI: IPsec; others are not interpreted
        int protocol = body.u8();
        int size = body.u8();
        int count = body.u16();
        if ((long) size * count != body.remaining()) {
            throw new InvalidSyntaxException(count + " SPIs of " + size + " bytes in " + body.remaining());
        }
        List<byte[]> spis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            spis.add(body.bytes(size));
        }
        return new DeletePayload(protocol, size, spis);
    }

    public int protocolId() {
        return protocolId;
    }

    public int spiSize() {
        return spiSize;
    }

    public List<byte[]> spis() {
        List<byte[]> out = new ArrayList<>();
        for (byte[] s : spis) {
            out.add(s.clone());
        }
        return out;
    }

    /** The SPIs as 32-bit values (ESP/AH deletes). */
    public List<Integer> spis32() {
        List<Integer> out = new ArrayList<>();
        for (byte[] s : spis) {
            if (s.length == 4) {
                out.add(ByteBuffer.wrap(s).getInt());
            }
        }
        return out;
    }

    @Override
    protected int bodyLength() {
        return 8 + spiSize * spis.size();
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.u32(SaPayload.DOI_IPSEC).u8(protocolId).u8(spiSize).u16(spis.size());
        for (byte[] s : spis) {
            w.bytes(s);
        }
    }

    @Override
    public String toString() {
        return "D(proto=" + protocolId + " x" + spis.size() + ")";
    }
}
